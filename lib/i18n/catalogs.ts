import enCommon from '../../locales/en/common.json';
import enPopover from '../../locales/en/popover.json';
import enPopup from '../../locales/en/popup.json';
import esCommon from '../../locales/es/common.json';
import esPopover from '../../locales/es/popover.json';
import esPopup from '../../locales/es/popup.json';
import type { MessageEntry } from './format-message';
import type { Catalogs } from './translator';

// The options page's catalog (the largest by far) is deliberately absent: this module is bundled
// into the popover's UI and the popup. The options page adds it in `options-catalogs.ts`; the
// content script takes only its own messages (`content-catalogs.ts`).
const en = { ...enCommon, ...enPopup, ...enPopover };

/** A message name shared by the content script, popover and popup. */
export type UiMessageKey = keyof typeof en;

// `satisfies` makes a Spanish key that is missing (or extra) a type error, before any test runs.
const es = { ...esCommon, ...esPopup, ...esPopover } satisfies Record<UiMessageKey, MessageEntry>;

/** Common, popup and popover messages in every interface language. */
export const uiCatalogs: Catalogs<UiMessageKey> = { en, es };
