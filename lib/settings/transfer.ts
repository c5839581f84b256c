/**
 * Export and import of the synced settings as a JSON file:
 *
 *     { "format": "factmark-settings", "version": 1, "exportedAt": "2026-…Z",
 *       "settings": { "enabled": true, "markStyle": "tint", … } }
 *
 * Import is all-or-nothing: the whole file is checked first, then every value is written in one
 * storage call. A file may hold only some settings; the others are left as they are.
 */
import * as v from 'valibot';
import { writeSettings, type WritableSetting } from './define-setting';
import { SETTING_NAMES, settingItems, type SettingName } from './items';
import { getSettings } from './settings';

export const SETTINGS_FILE_FORMAT = 'factmark-settings';
/** Version of the file layout (not of any setting); bump it only if the envelope changes. */
export const SETTINGS_FILE_VERSION = 1;
/** A real export is about 500 bytes; anything this big is not one. */
export const MAX_SETTINGS_FILE_CHARS = 100_000;

const ENVELOPE_KEYS = ['format', 'version', 'exportedAt', 'settings'];

/** Why a file was refused. `key` is a dotted path such as `trigger.hoverDelayMs`. */
export type ImportProblem =
  | { code: 'too-large' | 'not-json' | 'not-settings-file' | 'newer-version' | 'no-settings' }
  | { code: 'unknown-key' | 'invalid-value'; key: string }
  | { code: 'write-failed'; detail: string };

export type ImportResult =
  { ok: true; imported: SettingName[] } | { ok: false; problem: ImportProblem };

/** The current settings as the text of a settings file (pretty JSON). */
export async function exportSettings(now: Date = new Date()): Promise<string> {
  const file = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings: await getSettings(),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Checks a settings file without touching storage.
 *
 * @returns the validated (normalized) values to write, or the first problem found.
 */
export function parseSettingsFile(
  text: string,
):
  | { ok: true; entries: [WritableSetting, unknown][]; names: SettingName[] }
  | { ok: false; problem: ImportProblem } {
  const fail = (problem: ImportProblem) => ({ ok: false as const, problem });
  if (text.length > MAX_SETTINGS_FILE_CHARS) return fail({ code: 'too-large' });
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (!isPlainObject(file) || file.format !== SETTINGS_FILE_FORMAT) {
    return fail({ code: 'not-settings-file' });
  }
  if (typeof file.version === 'number' && file.version > SETTINGS_FILE_VERSION) {
    return fail({ code: 'newer-version' });
  }
  if (file.version !== SETTINGS_FILE_VERSION || !isPlainObject(file.settings)) {
    return fail({ code: 'not-settings-file' });
  }
  const extra = Object.keys(file).find((key) => !ENVELOPE_KEYS.includes(key));
  if (extra !== undefined) return fail({ code: 'unknown-key', key: extra });
  const names = Object.keys(file.settings);
  if (names.length === 0) return fail({ code: 'no-settings' });
  const entries: [WritableSetting, unknown][] = [];
  for (const name of names) {
    if (!SETTING_NAMES.includes(name as SettingName))
      return fail({ code: 'unknown-key', key: name });
    const setting = settingItems[name as SettingName] as WritableSetting;
    const input = file.settings[name];
    const result = v.safeParse(setting.schema, input);
    if (!result.success) {
      const path = v.getDotPath(result.issues[0]);
      return fail({ code: 'invalid-value', key: path ? `${name}.${path}` : name });
    }
    const unknownKey = findUnknownKey(input, result.output);
    if (unknownKey !== null) return fail({ code: 'unknown-key', key: `${name}.${unknownKey}` });
    entries.push([setting, result.output]);
  }
  return { ok: true, entries, names: names as SettingName[] };
}

/** Checks `text` as a settings file and, only if all of it is valid, stores every value in it. */
export async function importSettings(text: string): Promise<ImportResult> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return parsed;
  try {
    await writeSettings(parsed.entries);
  } catch (error) {
    return {
      ok: false,
      problem: { code: 'write-failed', detail: String((error as Error)?.message ?? error) },
    };
  }
  return { ok: true, imported: parsed.names };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The dotted path of the first object key in `input` that validation dropped from `output`
 * (valibot's `object` strips unknown keys silently; a file with them is refused instead).
 */
function findUnknownKey(input: unknown, output: unknown): string | null {
  if (!isPlainObject(input) || !isPlainObject(output)) return null;
  for (const key of Object.keys(input)) {
    if (!(key in output)) return key;
    const nested = findUnknownKey(input[key], output[key]);
    if (nested !== null) return `${key}.${nested}`;
  }
  return null;
}
