/**
 * The extension's only element in a page: one `<factmark-ui>` host with an open shadow root that
 * holds all of our UI (the popover and a polite live region). It is created only when needed (the
 * first mention) and removed when Factmark stops on the page.
 *
 * The host is a direct child of `<html>`, after `<body>`: frameworks that own `<body>` or a root
 * inside it never see it.
 * Styles go in through `adoptedStyleSheets` (no `<style>` element, unaffected by the page's CSP), and
 * `:host` rules marked !important win over any page rule that targets the host.
 */

export const HOST_TAG = 'factmark-ui';

const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  contain: layout style !important;
}
.sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
`;

export interface UiHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the UI renders. */
  readonly container: HTMLElement;
  /** Says `text` once through the polite live region (screen readers). */
  announce(text: string, lang?: string): void;
  /** Adds a stylesheet (CSS text) to the shadow root. */
  addStyles(css: string): void;
  /** Removes the host from the page. */
  remove(): void;
}

/** Creates the host and attaches it to `doc.documentElement`. */
export function createUiHost(doc: Document = document): UiHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const view = doc.defaultView ?? globalThis;
  const sheets: CSSStyleSheet[] = [];
  const addStyles = (css: string) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.push(sheet);
    shadow.adoptedStyleSheets = [...sheets];
  };
  addStyles(HOST_CSS);

  const live = doc.createElement('div');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.dataset.testid = 'factmark-live';
  const container = doc.createElement('div');
  container.className = 'factmark-root';
  shadow.append(live, container);
  doc.documentElement.append(host);

  return {
    host,
    shadow,
    container,
    announce(text, lang) {
      // Cleared first so the same text said again is still announced.
      live.textContent = '';
      if (lang) live.lang = lang;
      view.setTimeout(() => (live.textContent = text), 50);
    },
    addStyles,
    remove() {
      host.remove();
    },
  };
}

/** True when `node` is our host or inside it. */
export function isOwnNode(node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current.nodeName === 'FACTMARK-UI') return true;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return false;
}
