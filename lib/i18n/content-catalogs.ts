/**
 * The few messages the content script itself shows (its screen-reader announcements), with the same
 * translator API as `createTranslator`.
 *
 * Why not `createTranslator`: its catalogs (common, popup and popover messages in every language)
 * were about 16 kB of the content script, which runs on every page; the popover's UI bundle,
 * loaded on the first popover, has them all. Named imports of a catalog's keys let the bundler
 * keep only these messages.
 */
import {
  popover_announce_one as enAnnounceOne,
  popover_announce_other as enAnnounceOther,
  popover_notThisDone as enNotThisDone,
} from '../../locales/en/popover.json';
import {
  popover_announce_one as esAnnounceOne,
  popover_announce_other as esAnnounceOther,
  popover_notThisDone as esNotThisDone,
} from '../../locales/es/popover.json';
import type { Lang } from '../facts/types';
import type { UiMessageKey } from './catalogs';
import type { MessageEntry } from './format-message';
import { translatorFor, type Catalogs, type Translator } from './translator';

/** The messages of the content script: a subset of the interface's. */
export type ContentMessageKey = Extract<
  UiMessageKey,
  'popover_announce_one' | 'popover_announce_other' | 'popover_notThisDone'
>;

const en = {
  popover_announce_one: enAnnounceOne,
  popover_announce_other: enAnnounceOther,
  popover_notThisDone: enNotThisDone,
} satisfies Record<ContentMessageKey, MessageEntry>;

const es = {
  popover_announce_one: esAnnounceOne,
  popover_announce_other: esAnnounceOther,
  popover_notThisDone: esNotThisDone,
} satisfies Record<ContentMessageKey, MessageEntry>;

export const contentCatalogs: Catalogs<ContentMessageKey> = { en, es };

/** A translator for `lang` over the content script's messages. */
export function createContentTranslator(lang: Lang): Translator<ContentMessageKey> {
  return translatorFor(contentCatalogs, lang);
}
