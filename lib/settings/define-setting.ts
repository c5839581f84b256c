import { storage, type StorageItemKey, type WxtStorageItem } from '#imports';
import * as v from 'valibot';

/**
 * A storage item whose reads are validated: a stored value that does not match `schema` (hand
 * edited, left by an older version, corrupted) is replaced by the setting's own default with a
 * console warning, so one bad value never breaks the other settings or the extension.
 *
 * Method names match WXT's storage items, so anything that accepts a WXT item (such as
 * `bindStorageItem`) accepts a `Setting` too.
 */
export interface Setting<T> {
  readonly key: StorageItemKey;
  /** The default. A fresh copy on each access, so callers may mutate it freely. */
  readonly fallback: T;
  /** Schema version, starting at 1; bump it together with a migration (see README). */
  readonly version: number;
  readonly schema: v.GenericSchema<unknown, T>;
  /** The migrations passed to WXT, keyed by the version each produces (empty at version 1). */
  readonly migrations: Readonly<Record<number, (previous: unknown) => unknown>>;
  /** The underlying WXT item: raw and unvalidated. For writes use `setValue`/`writeSettings`. */
  readonly item: WxtStorageItem<unknown, Record<string, unknown>>;
  /** `raw` validated and normalized, or the default (with a warning) when it does not match. */
  parse(raw: unknown): T;
  getValue(): Promise<T>;
  /** @throws TypeError when `value` does not match the schema (nothing is written). */
  setValue(value: T): Promise<void>;
  /** Calls `cb` with the validated new value after every change, from any extension page. */
  watch(cb: (value: T) => void): () => void;
  /** Forgets the stored value, so reads return the default. */
  removeValue(): Promise<void>;
}

/** How a setting is declared (see `items.ts`). */
export interface SettingDeclaration<T> {
  schema: v.GenericSchema<unknown, T>;
  /** `NoInfer`: the type comes from the schema, so a literal default does not widen it. */
  fallback: NoInfer<T>;
  version: number;
  /**
   * WXT migrations keyed by the version they produce (`2: (v1Value) => v2Value`). Required for
   * every version above 1; they run when the item is defined, before any read. The stored value
   * is untrusted, hence `unknown`: narrow it, and return anything unexpected unchanged (the
   * schema check on read then falls back to the default).
   */
  migrations?: Record<number, (previous: unknown) => unknown>;
}

/** Defines a validated, versioned setting on top of `storage.defineItem`. */
export function defineSetting<T>(key: StorageItemKey, declaration: SettingDeclaration<T>) {
  const { schema, fallback, version, migrations = {} } = declaration;
  const item = storage.defineItem<unknown>(key, {
    fallback,
    version,
    // WXT reads storage at definition time whenever `migrations` is set; only pay that in every
    // page the content script runs on when there is something to migrate.
    ...(Object.keys(migrations).length > 0 && { migrations }),
  });
  const parse = (raw: unknown): T => {
    const result = v.safeParse(schema, raw);
    if (result.success) return result.output;
    console.warn(
      `[factmark] Stored value of "${key}" is not valid (${v.summarize(result.issues)}); using the default.`,
    );
    return structuredClone(fallback);
  };
  const setting: Setting<T> = {
    key,
    get fallback() {
      return structuredClone(fallback);
    },
    version,
    schema,
    migrations,
    item,
    parse,
    getValue: async () => parse(await item.getValue()),
    setValue: (value) => writeSettings([[setting, value]]),
    watch: (cb) => item.watch((raw) => cb(parse(raw))),
    removeValue: () => item.removeValue(),
  };
  return setting;
}

/** What `writeSettings` needs of a setting, whatever its value type. */
export type WritableSetting = Pick<Setting<unknown>, 'key' | 'schema' | 'item' | 'version'>;

/**
 * Validates every value, then writes them all in one storage call per area, which browsers
 * apply atomically: either every value is stored or none is.
 *
 * The schema version is written next to values of versioned settings: WXT would otherwise
 * assume version 1 and migrate an already current value again on the next start.
 *
 * @throws TypeError naming the setting when a value does not match its schema (nothing written).
 */
export async function writeSettings(entries: readonly (readonly [WritableSetting, unknown])[]) {
  const values = entries.map(([setting, value]) => {
    const result = v.safeParse(setting.schema, value);
    if (!result.success) {
      throw new TypeError(`Invalid value for "${setting.key}": ${v.summarize(result.issues)}`);
    }
    return { item: setting.item, value: result.output };
  });
  await storage.setItems(values);
  const versioned = entries.filter(([setting]) => setting.version > 1);
  if (versioned.length > 0) {
    await storage.setMetas(versioned.map(([s]) => ({ item: s.item, meta: { v: s.version } })));
  }
}
