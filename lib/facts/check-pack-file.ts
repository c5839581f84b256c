/**
 * Build-time guard for the fact pack (Node only: `wxt.config.ts` imports it; the extension never
 * does). The pack file can be swapped with the `FACTMARK_PACK` environment variable, which sets
 * both the file validated here and the file bundled through the `#factmark-pack` import alias.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, validatePack } from './validate';

/** Environment variable naming another pack file (absolute, or relative to the working directory). */
export const PACK_ENV = 'FACTMARK_PACK';

/** Import specifier the app uses for the pack; `wxt.config.ts` points it at {@link resolvePackPath}. */
export const PACK_ALIAS = '#factmark-pack';

/** The pack shipped with the extension. */
export const DEFAULT_PACK_PATH = fileURLToPath(new URL('./remain-in-mexico.json', import.meta.url));

/** Absolute path of the pack to validate and bundle: `$FACTMARK_PACK` if set, else the default. */
export function resolvePackPath(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): string {
  const override = env[PACK_ENV]?.trim();
  return override ? resolve(cwd, override) : DEFAULT_PACK_PATH;
}

/**
 * Reads and validates the pack at `path`; throws an Error that lists every issue
 * (`facts[id=x].text.es: missing Spanish text`) so that the build stops with a readable reason.
 */
export function assertPackFile(path: string, today: Date = new Date()): void {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Fact pack ${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  const result = validatePack(json, { today });
  if (!result.ok) {
    const lines = result.issues.map((issue) => `  - ${formatIssue(issue)}`);
    throw new Error(
      `Fact pack ${path} is invalid (${result.issues.length} issue(s)):\n${lines.join('\n')}`,
    );
  }
}
