/**
 * Maps offsets in a block's text back to DOM positions, so a matcher result becomes a Range that
 * covers exactly the mention, even when it spans inline elements (`Remain in <em>Mexico</em>`).
 */
import { lastSegmentAtOrBefore, type BlockText } from './blocks';

/** A DOM position inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * Resolves a block-text offset to a text-node position.
 * `side` decides the boundary case: an offset equal to a segment's end is the *end* of that node for
 * a range end, and the *start* of the next node for a range start, so ranges never begin or end in
 * a neighbour they do not cover.
 * @throws {RangeError} when the offset is outside the text or falls on a virtual line break.
 */
export function resolveOffset(block: BlockText, offset: number, side: 'start' | 'end'): TextPoint {
  const { segments, text } = block;
  if (offset < 0 || offset > text.length) throw new RangeError(`offset ${offset} out of bounds`);
  let index = lastSegmentAtOrBefore(segments, side === 'end' ? offset - 1 : offset);
  let segment = segments[index];
  // A line break from <br> has no node: a start moves forward to the next real node, an end back.
  while (segment && segment.node === null) {
    index += side === 'start' ? 1 : -1;
    segment = segments[index];
  }
  if (!segment?.node) throw new RangeError(`offset ${offset} has no text node`);
  const local = Math.min(Math.max(offset - segment.start, 0), segment.node.data.length);
  return { node: segment.node, offset: local };
}

/** Creates a live Range over `[start, end)` of the block text. */
export function createTextRange(block: BlockText, start: number, end: number): Range {
  const from = resolveOffset(block, start, 'start');
  const to = resolveOffset(block, end, 'end');
  const range = block.element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
