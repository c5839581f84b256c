/**
 * Puts a citation on the clipboard as both text/plain and text/html, so pasting into a document
 * or a mail keeps italics and links while plain-text fields get clean text.
 *
 * The environment is injectable (tests pass fakes; the UI passes its shadow root's container).
 * The fallback never touches the page's DOM: its temporary text area lives in `container`, which
 * is inside our own shadow root.
 */
import type { CitedText } from './citation';

/**
 * - `copied`: the async Clipboard API took the payload (both types with `write`; text only with
 *   `writeText`, when `write` or `ClipboardItem` is missing or refused);
 * - `fallback`: the older `execCommand('copy')` path reported success;
 * - `failed`: nothing worked; the UI should offer the text to copy by hand.
 */
export type CopyOutcome = 'copied' | 'fallback' | 'failed';

export interface CopyEnv {
  clipboard?: Clipboard;
  doc?: Document;
  /** Where the fallback's temporary element goes: our shadow root's container, never the page. */
  container?: Element;
  ClipboardItem?: typeof ClipboardItem;
}

/**
 * Writes `payload` to the clipboard: `navigator.clipboard.write` with a `ClipboardItem` holding
 * both types, else `writeText`, else a `copy` event handler that sets both types during
 * `document.execCommand('copy')` on a temporary selection inside `container`. Never throws.
 */
export async function copyRich(payload: CitedText, env: CopyEnv = {}): Promise<CopyOutcome> {
  const clipboard = env.clipboard ?? globalThis.navigator?.clipboard;
  const Item = env.ClipboardItem ?? globalThis.ClipboardItem;
  if (clipboard?.write && Item) {
    try {
      const blob = (type: string, data: string) => new Blob([data], { type });
      await clipboard.write([
        new Item({
          'text/plain': blob('text/plain', payload.text),
          'text/html': blob('text/html', payload.html),
        }),
      ]);
      return 'copied';
    } catch {
      // Refused (NotAllowedError without a user gesture or permission, or a type the browser
      // does not take): try the next way.
    }
  }
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(payload.text);
      return 'copied';
    } catch {
      // Refused as well: fall back to execCommand.
    }
  }
  const doc = env.doc ?? globalThis.document;
  const container = env.container;
  if (!doc || !container) return 'failed';
  return execCommandCopy(payload, doc, container) ? 'fallback' : 'failed';
}

function execCommandCopy(payload: CitedText, doc: Document, container: Element): boolean {
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', payload.text);
    event.clipboardData.setData('text/html', payload.html);
    event.preventDefault();
    // Keeps the page's own copy handlers (e.g. "Read more at…" appenders) off our payload.
    event.stopImmediatePropagation();
  };
  // A focused, selected text area makes the copy event's target ours, and it copies at least the
  // text if the browser hides clipboardData from the handler.
  const root = container.getRootNode() as Document | ShadowRoot;
  const previousFocus = root.activeElement ?? doc.activeElement;
  const area = doc.createElement('textarea');
  area.value = payload.text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  container.append(area);
  doc.addEventListener('copy', onCopy, true);
  try {
    area.focus({ preventScroll: true });
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
    area.remove();
    (previousFocus as HTMLElement | null)?.focus?.({ preventScroll: true });
  }
}
