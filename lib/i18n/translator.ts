import type { Lang } from '../facts/types';
import { formatCount } from './format-count';
import { formatMessage, type MessageEntry, type Substitution } from './format-message';

/** Catalogs of every interface language, with the same keys (enforced by the type and a test). */
export type Catalogs<K extends string> = Record<Lang, Record<K, MessageEntry>>;

/** The base of a plural message family: `mentions` for `mentions_one` + `mentions_other`. */
export type PluralBase<K extends string> = K extends `${infer Base}_other` ? Base : never;

/** Looks up and formats messages in one fixed language. */
export interface Translator<K extends string> {
  /** The message `key` in this translator's language, with `$1`… replaced by `substitutions`. */
  (key: K, ...substitutions: Substitution[]): string;
  readonly lang: Lang;
  /**
   * A plural message: picks `<base>_one`, `<base>_other`… by the language's plural rules, and
   * passes `count` (formatted for the language) as `$1` and `more` as `$2`….
   * Falls back to `<base>_other` when the language has a category we did not write (Spanish
   * "many").
   */
  plural(base: PluralBase<K>, count: number, ...more: Substitution[]): string;
}

/**
 * Builds a translator over `catalogs` for `lang`. A key missing in `lang` falls back to English,
 * then to the key itself, so a gap is visible but never breaks a page.
 */
export function translatorFor<K extends string>(catalogs: Catalogs<K>, lang: Lang): Translator<K> {
  const lookup = (key: string): MessageEntry | undefined =>
    (catalogs[lang] as Record<string, MessageEntry>)[key] ??
    (catalogs.en as Record<string, MessageEntry>)[key];
  const translate = (key: string, substitutions: Substitution[]) => {
    const entry = lookup(key);
    return entry ? formatMessage(entry, substitutions) : key;
  };
  // Built on first need: an Intl object costs milliseconds the first time in a page, and
  // whole counts (all we format) never need the number format (see format-count.ts).
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const t = (key: K, ...substitutions: Substitution[]) => translate(key, substitutions);
  return Object.assign(t, {
    lang,
    plural(base: PluralBase<K>, count: number, ...more: Substitution[]) {
      const exact = `${base}_${(rules ??= new Intl.PluralRules(lang)).select(count)}`;
      const key = lookup(exact) ? exact : `${base}_other`;
      const shown =
        formatCount(count, lang) ?? (numbers ??= new Intl.NumberFormat(lang)).format(count);
      return translate(key, [shown, ...more]);
    },
  });
}
