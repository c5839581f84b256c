/**
 * The one place where an HTML string becomes DOM, through DOMPurify with a strict allow-list:
 * `<em>`, `<strong>` and `<a href="https://…">` (links open in a new tab, without opener or
 * referrer). Everything else is removed; the text of removed harmless elements is kept.
 *
 * Bundle note: DOMPurify is about 70 kB and is not tree-shaken, so the content script must not
 * import this module. It renders fact text from `lib/rich-text.ts` instead (a DOM-free parser whose
 * output becomes elements and text nodes, never HTML), and copies text with `factPlainText` from
 * there. Pages that can afford it (options, popup, tests) use this module; the tests check that
 * both paths agree on every fact of the pack.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { isHttpsUrl } from './facts/checks';

export { factPlainText } from './rich-text';

/** A browser window, or jsdom's (what DOMPurify needs, plus its document). */
export type SanitizerWindow = Window & typeof globalThis;

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: ['em', 'strong', 'a'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^https:\/\//i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

// One purifier per window, created on first use (never at import time), each with its own hook.
const purifiers = new WeakMap<SanitizerWindow, Purifier>();

function purifierFor(win: SanitizerWindow): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      const href = node.getAttribute('href');
      if (href === null || !isHttpsUrl(href)) {
        node.removeAttribute('href');
        return;
      }
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * Sanitizes `html` into a fragment of `win`'s document. An `<a>` left without a valid https href
 * is replaced by its content, so every remaining link is a real, safe one.
 */
export function sanitizeFactFragment(
  html: string,
  win: SanitizerWindow = window,
): DocumentFragment {
  const fragment = purifierFor(win).sanitize(html, CONFIG);
  for (const anchor of fragment.querySelectorAll('a:not([href])')) {
    anchor.replaceWith(...anchor.childNodes);
  }
  return fragment;
}

/** Sanitizes `html` to an HTML string that only holds the allowed elements and attributes. */
export function sanitizeFactHtml(html: string, win: SanitizerWindow = window): string {
  const container = win.document.createElement('div');
  container.append(sanitizeFactFragment(html, win));
  return container.innerHTML;
}
