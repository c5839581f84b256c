/**
 * The messages between the content script, the background service worker and the popup, in one
 * typed map. Everything stays inside the browser (runtime messaging); nothing touches the network.
 *
 *   content  → background  `count`     mention count and state for the toolbar badge
 *   content  → background  `get-pack`  the full fact pack, fetched when a popover first opens
 *   popup    → content     `list`      the page's mentions and state, for the popup
 *   popup    → content     `jump`      scroll to a mention, flash it and open its popover
 *   background → content   `command`   the keyboard command (open the next mention's popover)
 */
import type { FactPack } from '../facts/types';
import type { MatchReason } from '../matching';

/** Whether Factmark runs on the page: on, switched off for this site, or paused everywhere. */
export type PageState = 'on' | 'site-off' | 'paused';

/** One mention, as the popup lists it (plain data: no DOM). */
export interface ListedMention {
  id: number;
  text: string;
  /** The sentence around it, plain text (never markup). */
  sentence: string;
  nameId: string;
  /** The language the mention is written in. */
  lang: 'en' | 'es';
  /** The language of its popover (see `popoverLang`): the popup ranks facts in it. */
  popoverLang: 'en' | 'es';
  reason: MatchReason;
}

export interface PageListing {
  url: string;
  title: string;
  /** The page's language (`<html lang>`), if declared. */
  lang?: string;
  /** Publication date `YYYY-MM-DD`, if the page states it. */
  published?: string;
  state: PageState;
  mentions: ListedMention[];
}

/** Requests and their responses. */
export interface Protocol {
  count: { request: { count: number; state: PageState }; response: void };
  'get-pack': { request: Record<string, never>; response: FactPack };
  list: { request: Record<string, never>; response: PageListing };
  jump: { request: { id: number }; response: boolean };
  command: { request: { command: 'open-context' }; response: void };
}

export type MessageType = keyof Protocol;

/** A message on the wire: a namespaced type plus the request's fields. */
export type Message<T extends MessageType = MessageType> = { factmark: T } & Protocol[T]['request'];

/** Builds a message (the `factmark` key keeps ours apart from any other extension's). */
export function message<T extends MessageType>(
  type: T,
  request: Protocol[T]['request'],
): Message<T> {
  return { factmark: type, ...request } as Message<T>;
}

/** True for a message of ours of the given type. */
export function isMessage<T extends MessageType>(value: unknown, type: T): value is Message<T> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { factmark?: unknown }).factmark === type
  );
}
