/**
 * Asking the page for its mentions. The content script answers `list` at once when it runs; it
 * never answers where it cannot run, and a tab that is still loading may answer late, so the
 * request has a deadline and "no answer" is a result, not an exception.
 */
import { isMessage, message, type PageListing } from '../messaging/protocol';

/** How long the popup waits for the page before saying it is unavailable. */
export const LIST_TIMEOUT_MS = 1500;

export type SendToTab = (tabId: number, request: unknown) => Promise<unknown>;

/**
 * The page's listing, or `null` when the tab has no content script (the browser rejects the
 * message), answers with something else, or does not answer within `timeoutMs`.
 */
export async function requestListing(
  send: SendToTab,
  tabId: number,
  timeoutMs = LIST_TIMEOUT_MS,
): Promise<PageListing | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const answer = send(tabId, message('list', {})).then(
    (response) => (isListing(response) ? response : null),
    () => null,
  );
  try {
    return await Promise.race([answer, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A structural check: the answer comes from a page context, so it is not trusted blindly. */
export function isListing(value: unknown): value is PageListing {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PageListing>;
  return (
    typeof v.url === 'string' &&
    typeof v.title === 'string' &&
    (v.state === 'on' || v.state === 'site-off' || v.state === 'paused') &&
    Array.isArray(v.mentions) &&
    v.mentions.every(
      (m) =>
        typeof m === 'object' &&
        m !== null &&
        typeof m.id === 'number' &&
        typeof m.text === 'string' &&
        typeof m.sentence === 'string' &&
        typeof m.nameId === 'string' &&
        (m.lang === 'en' || m.lang === 'es') &&
        (m.popoverLang === 'en' || m.popoverLang === 'es'),
    )
  );
}

/**
 * True for the content script's `count` message from the top frame of `tabId`: the popup hears
 * it too (runtime messages reach every extension page) and uses it to refresh its list live.
 */
export function isCountFrom(
  request: unknown,
  sender: { tab?: { id?: number }; frameId?: number },
  tabId: number,
): boolean {
  return isMessage(request, 'count') && sender.tab?.id === tabId && sender.frameId === 0;
}
