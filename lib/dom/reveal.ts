/**
 * Brings a range into the reader's view: scrolls its element to the middle of the viewport unless
 * the range is already comfortably visible (so a mention on screen never makes the page jump).
 * Smooth, unless the reader asked the system for reduced motion. Used by every "go to this mention"
 * path: the popup's jump, the keyboard command.
 */

/** Distance in CSS px a range should keep from the viewport's top and bottom edges. */
const COMFORT_PX = 64;

/** Scrolls `range` into view if needed; returns whether it scrolled. */
export function revealRange(range: Range): boolean {
  const element = range.startContainer.parentElement;
  const view = element?.ownerDocument.defaultView;
  if (!element || !view) return false;
  const rect = range.getBoundingClientRect();
  if (rect.top >= COMFORT_PX && rect.bottom <= view.innerHeight - COMFORT_PX) return false;
  const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView({
    block: 'center',
    inline: 'nearest',
    behavior: reduced ? 'auto' : 'smooth',
  });
  return true;
}
