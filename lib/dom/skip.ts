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
 * True when text inside `element` must not be scanned because of what the markup says: a skipped
 * element or inside one, hidden, inert or editable by attribute. One native `closest()` call and no
 * style or layout work, so it is safe for every candidate node of a page that is still loading.
 */
export function isSkipped(element: Element): boolean {
  return element.closest(SKIP_SELECTOR) !== null || element.ownerDocument.designMode === 'on';
}

/**
 * True when `element` is not rendered (display: none, visibility: hidden, a hidden ancestor) or is
 * editable through CSS. Both checks need up-to-date style and layout, which a page may not have yet,
 * so the scanner asks only about mentions it found, never about every candidate.
 */
export function isHiddenOrEditable(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.isContentEditable) return true;
  if (typeof html.checkVisibility !== 'function') return false;
  // An element with `display: contents` has no box of its own, so checkVisibility() says false
  // even though its text is on screen: ask the nearest ancestor that has a box.
  let boxed: Element | null = element;
  const view = element.ownerDocument.defaultView;
  while (boxed && view?.getComputedStyle(boxed).display === 'contents') boxed = boxed.parentElement;
  if (!boxed) return false;
  return !(boxed as HTMLElement).checkVisibility({
    visibilityProperty: true,
    contentVisibilityAuto: false,
  });
}
