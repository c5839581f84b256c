import { describe, expect, it } from 'vitest';
import {
  mentionAtPoint,
  nextMentionInView,
  rangeContainsPoint,
} from '../../../lib/popover/mention-at-point';

/** A stand-in for a DOM Range: its line boxes, and the text node it covers. */
function fakeRange(
  node: object,
  rects: { left: number; top: number; width: number; height: number }[],
) {
  const boxes = rects.map((r) => ({ ...r, right: r.left + r.width, bottom: r.top + r.height }));
  const first = boxes[0] ?? { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  return {
    getClientRects: () => boxes,
    getBoundingClientRect: () => first,
    intersectsNode: (other: object) => other === node,
  } as unknown as Range;
}

const nodeA = {};
const nodeB = {};
const a = { id: 'a', range: fakeRange(nodeA, [{ left: 10, top: 100, width: 80, height: 20 }]) };
// A mention wrapped over two lines.
const b = {
  id: 'b',
  range: fakeRange(nodeB, [
    { left: 300, top: 200, width: 100, height: 20 },
    { left: 0, top: 220, width: 50, height: 20 },
  ]),
};
const docAt = (node: object | null) =>
  ({ caretPositionFromPoint: () => (node ? { offsetNode: node } : null) }) as unknown as Document;

describe('mentionAtPoint', () => {
  it('finds the mention whose box holds the point, on any of its lines', () => {
    expect(mentionAtPoint([a, b], 50, 110, docAt(nodeA))).toBe(a);
    expect(mentionAtPoint([a, b], 20, 230, docAt(nodeB))).toBe(b);
  });

  it('ignores a caret that snapped to a mention from past the end of the line', () => {
    expect(mentionAtPoint([a, b], 400, 110, docAt(nodeA))).toBeUndefined();
  });

  it('measures only mentions in the text node under the point', () => {
    // The point is inside a's box, but the caret says another node: no match.
    expect(mentionAtPoint([a, b], 50, 110, docAt(nodeB))).toBeUndefined();
  });

  it('falls back to every mention when the browser cannot hit-test', () => {
    expect(mentionAtPoint([a, b], 50, 110, {} as Document)).toBe(a);
    expect(mentionAtPoint([], 50, 110, {} as Document)).toBeUndefined();
  });

  it('rangeContainsPoint allows a pixel of slop only', () => {
    expect(rangeContainsPoint(a.range, 9, 100)).toBe(true);
    expect(rangeContainsPoint(a.range, 7, 100)).toBe(false);
  });
});

describe('nextMentionInView', () => {
  const at = (id: string, top: number) => ({
    id,
    range: fakeRange({}, [{ left: 0, top, width: 50, height: 20 }]),
  });
  const above = at('above', -500);
  const first = at('first', 100);
  const second = at('second', 400);
  const below = at('below', 5000);
  const mentions = [above, first, second, below];

  it('starts at the first mention in view and walks the visible ones, wrapping', () => {
    expect(nextMentionInView(mentions, undefined, 800)).toBe(first);
    expect(nextMentionInView(mentions, first, 800)).toBe(second);
    expect(nextMentionInView(mentions, second, 800)).toBe(first);
  });

  it('with none in view, goes to the next one in document order', () => {
    expect(nextMentionInView([above, below], undefined, 800)).toBe(above);
    expect(nextMentionInView([above, below], above, 800)).toBe(below);
    expect(nextMentionInView([], undefined, 800)).toBeUndefined();
  });
});
