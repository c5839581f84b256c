/**
 * What the scanner never reads: text a reader does not read as article text, or must not touch.
 *
 * Elements are skipped with their whole subtree. Editable regions are skipped because marks there
 * would sit under the caret of someone typing; code because "MPP" in code is an identifier.
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'TITLE',
  'FACTMARK-UI',
]);

/**
 * One selector for `Element.closest()`, so deciding whether a candidate text node is readable costs
 * one native call instead of a walk in script. Lower-case tag names also match SVG/MathML elements.
 */
export const SKIP_SELECTOR = [
  ...[...SKIPPED_TAGS].map((tag) => tag.toLowerCase()),
  '[hidden]',
  '[aria-hidden="true"]',
  '[inert]',
  '[contenteditable]:not([contenteditable="false"])',
].join(',');

/**
 * True when text inside `element` must not be scanned: a skipped element or inside one, hidden,
 * editable, or not rendered at all (display: none, visibility: hidden, content-visibility: hidden
 * ancestors).
 */
export function isUnreadable(element: Element): boolean {
  if (element.closest(SKIP_SELECTOR)) return true;
  const html = element as HTMLElement;
  if (html.isContentEditable) return true;
  // checkVisibility() is one native layout-tree query; called only for candidate nodes.
  if (typeof html.checkVisibility === 'function') {
    return !html.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false });
  }
  return false;
}
