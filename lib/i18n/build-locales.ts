/**
 * Build step (Node only, used by wxt.config.ts): turns the split message catalogs in
 * `locales/<lang>/<area>.json` into the browser's `_locales/<lang>/messages.json`.
 *
 * The catalogs are split by area (common, options, popup, popover) so people working on
 * different screens do not edit the same file; the browser wants one file per language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageEntry } from './format-message';

/** The browser's rule for message names (it compares them case-insensitively). */
const MESSAGE_NAME = /^[A-Za-z0-9_]+$/;

/** A file WXT writes into the build output (WXT's `GeneratedPublicFile`). */
export interface GeneratedFile {
  relativeDest: string;
  contents: string;
}

/**
 * Merges the area catalogs of one language, checking each message on the way.
 *
 * @param parts Catalogs keyed by where they came from (a file name), used in error messages.
 * @throws Error naming the files when two parts define the same message name (a silent
 *   overwrite would ship the wrong text), when a name is not a valid browser message name, or
 *   when an entry has no non-empty `message`.
 */
export function mergeCatalogs(parts: Record<string, unknown>): Record<string, MessageEntry> {
  const merged: Record<string, MessageEntry> = {};
  const origin = new Map<string, string>();
  for (const [source, catalog] of Object.entries(parts)) {
    if (catalog === null || typeof catalog !== 'object' || Array.isArray(catalog)) {
      throw new Error(`${source}: a catalog must be a JSON object of messages`);
    }
    for (const [name, entry] of Object.entries(catalog)) {
      if (!MESSAGE_NAME.test(name)) throw new Error(`${source}: invalid message name "${name}"`);
      const message = (entry as Partial<MessageEntry> | null)?.message;
      if (typeof message !== 'string' || message.trim() === '') {
        throw new Error(`${source}: message "${name}" has no text`);
      }
      const seen = origin.get(name.toLowerCase());
      if (seen) throw new Error(`message "${name}" is defined in both ${seen} and ${source}`);
      origin.set(name.toLowerCase(), source);
      merged[name] = entry as MessageEntry;
    }
  }
  return merged;
}

/**
 * Reads `dir/<lang>/*.json` and returns one `_locales/<lang>/messages.json` per language.
 * Descriptions are dropped from the output: they are for translators, and the browser only
 * needs `message` and `placeholders`.
 *
 * @throws Error naming the file when a catalog is not valid JSON, and the errors of
 *   `mergeCatalogs`.
 */
export function buildLocaleFiles(dir: string): GeneratedFile[] {
  const langs = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
  return langs
    .map((d) => d.name)
    .sort()
    .map((lang) => {
      const files = readdirSync(join(dir, lang))
        .filter((f) => f.endsWith('.json'))
        .sort();
      const parts = Object.fromEntries(
        files.map((file) => [`${lang}/${file}`, readJson(join(dir, lang, file))]),
      );
      const messages = Object.fromEntries(
        Object.entries(mergeCatalogs(parts)).map(([name, { message, placeholders }]) => [
          name,
          placeholders ? { message, placeholders } : { message },
        ]),
      );
      return {
        relativeDest: `_locales/${lang}/messages.json`,
        contents: JSON.stringify(messages),
      };
    });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}
