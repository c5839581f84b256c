export function findChromium(
  env?: Record<string, string | undefined>,
  exists?: (file: string) => boolean,
): string;
export function extensionArgs(extensionDir: string): string[];
export const quietArgs: string[];
