export interface StaticServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}
export function startStaticServer(options: {
  mounts: Record<string, string>;
  port?: number;
  headers?: (urlPath: string) => Record<string, string>;
}): Promise<StaticServer>;
