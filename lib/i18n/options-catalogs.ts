import enOptions from '../../locales/en/options.json';
import esOptions from '../../locales/es/options.json';
import { uiCatalogs, type UiMessageKey } from './catalogs';
import type { MessageEntry } from './format-message';
import { translatorFor, type Catalogs, type Translator } from './translator';
import type { Lang } from '../facts/types';

/** A message name available on the options page (its own messages plus the shared ones). */
export type OptionsMessageKey = UiMessageKey | keyof typeof enOptions;

const esChecked = esOptions satisfies Record<keyof typeof enOptions, MessageEntry>;

/** Every message in every interface language: what the options page bundles. */
export const optionsCatalogs: Catalogs<OptionsMessageKey> = {
  en: { ...uiCatalogs.en, ...enOptions },
  es: { ...uiCatalogs.es, ...esChecked },
};

/** The options page's translator: like `createTranslator`, plus the options messages. */
export type OptionsTranslator = Translator<OptionsMessageKey>;

/** Creates the options page's translator for `lang`. */
export function createOptionsTranslator(lang: Lang): OptionsTranslator {
  return translatorFor(optionsCatalogs, lang);
}
