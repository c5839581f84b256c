/**
 * Interface strings for the popover and popup, with an explicit language. The options page uses
 * `./options-catalogs` (same API, more messages), the content script `./content-catalogs` (its two
 * announcements only). See lib/settings/README.md for how languages are chosen.
 */
import type { Lang } from '../facts/types';
import { uiCatalogs, type UiMessageKey } from './catalogs';
import { translatorFor, type Translator } from './translator';

export { formatMessage, type MessageEntry, type Substitution } from './format-message';
export { isLang, resolveUiLang, UI_LANGS, type LangPreference } from './resolve-ui-lang';
export type { Catalogs, PluralBase, Translator } from './translator';
export type { UiMessageKey } from './catalogs';

/** The shared interface translator (common, popup and popover messages). */
export type UiTranslator = Translator<UiMessageKey>;

/** Creates a translator for `lang` over the bundled common, popup and popover catalogs. */
export function createTranslator(lang: Lang): UiTranslator {
  return translatorFor(uiCatalogs, lang);
}
