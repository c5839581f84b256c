import type { Lang } from '../facts/types';

/** The languages Factmark's interface is written in. */
export const UI_LANGS: readonly Lang[] = ['en', 'es'];

/** The reader's language choice: a fixed language, or `auto` to follow the page or browser. */
export type LangPreference = 'auto' | Lang;

/** True when `value` is one of our interface languages. */
export function isLang(value: unknown): value is Lang {
  return UI_LANGS.includes(value as Lang);
}

/**
 * Picks the interface language.
 *
 * A fixed preference wins. With `auto`, the first candidate whose primary subtag we support is
 * used (`es-MX` → `es`), so callers list candidates in priority order: the popover passes the
 * page's `lang` first and then the browser's UI language; the popup and options page pass only
 * the browser's. Unsupported or empty candidates are skipped; English is the last resort.
 *
 * @param candidates BCP 47 tags such as `document.documentElement.lang` or
 *   `browser.i18n.getUILanguage()`; `null`/`undefined`/'' are allowed and ignored.
 */
export function resolveUiLang(
  preference: LangPreference,
  candidates: readonly (string | null | undefined)[],
): Lang {
  if (preference !== 'auto') return preference;
  for (const tag of candidates) {
    const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}
