// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { revealRange } from '../../../lib/dom/reveal';

/** A range over a paragraph's text whose box is at `top`..`top + 20` in a 800 px viewport. */
function rangeAt(top: number, reduced = false) {
  const p = document.createElement('p');
  p.textContent = 'Remain in Mexico';
  document.body.replaceChildren(p);
  const range = document.createRange();
  range.selectNodeContents(p.firstChild!);
  range.getBoundingClientRect = () => ({ top, bottom: top + 20 }) as DOMRect;
  const scroll = vi.fn();
  p.scrollIntoView = scroll;
  vi.stubGlobal('innerHeight', 800);
  window.matchMedia = ((query: string) => ({
    matches: reduced && query.includes('reduce'),
  })) as never;
  return { range, scroll };
}

describe('revealRange', () => {
  it.each([
    [400, false],
    [64, false],
    [716, false],
    [63, true],
    [717, true],
    [-500, true],
    [5000, true],
  ])('a mention at %i px scrolls: %s', (top, scrolls) => {
    const { range, scroll } = rangeAt(top);
    expect(revealRange(range)).toBe(scrolls);
    expect(scroll).toHaveBeenCalledTimes(scrolls ? 1 : 0);
  });

  it('centres smoothly, or at once when the reader prefers reduced motion', () => {
    const smooth = rangeAt(-100);
    revealRange(smooth.range);
    expect(smooth.scroll).toHaveBeenCalledWith({
      block: 'center',
      inline: 'nearest',
      behavior: 'smooth',
    });
    const instant = rangeAt(-100, true);
    revealRange(instant.range);
    expect(instant.scroll).toHaveBeenCalledWith({
      block: 'center',
      inline: 'nearest',
      behavior: 'auto',
    });
  });

  it('does nothing for a range outside any element', () => {
    const range = document.createRange();
    range.selectNodeContents(document.createTextNode('loose'));
    expect(revealRange(range)).toBe(false);
  });
});
