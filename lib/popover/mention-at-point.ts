/**
 * Which mention is under the pointer. Marks are highlights, not elements, so the page gives no
 * event target for them: we ask the browser for the caret position at the point (one hit test),
 * keep the mentions whose range holds that text node, and confirm with the ranges' own rectangles
 * (the caret snaps to the nearest character even when the pointer is past the end of a line).
 */

/** Anything with a live DOM range (scanner mentions, test fixtures). */
export interface Ranged {
  readonly range: Range;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node under (`x`, `y`) in client coordinates, if the browser can tell. */
export function nodeAtPoint(doc: Document, x: number, y: number): Node | undefined {
  const caretDoc = doc as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    return caretDoc.caretPositionFromPoint(x, y)?.offsetNode ?? undefined;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    return caretDoc.caretRangeFromPoint(x, y)?.startContainer ?? undefined;
  }
  return undefined;
}

/** True when one of `range`'s line boxes contains the point (with `slop` px around it). */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (
      x >= rect.left - slop &&
      x <= rect.right + slop &&
      y >= rect.top - slop &&
      y <= rect.bottom + slop
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The mention under (`x`, `y`), or undefined. Only mentions that intersect the text node under the
 * point are measured, so a page with many marks costs one hit test and a few rectangles per move.
 */
export function mentionAtPoint<M extends Ranged>(
  mentions: readonly M[],
  x: number,
  y: number,
  doc: Document,
): M | undefined {
  if (mentions.length === 0) return undefined;
  const node = nodeAtPoint(doc, x, y);
  const candidates = node
    ? mentions.filter((mention) => safeIntersects(mention.range, node))
    : mentions;
  return candidates.find((mention) => rangeContainsPoint(mention.range, x, y));
}

function safeIntersects(range: Range, node: Node): boolean {
  try {
    return range.intersectsNode(node);
  } catch {
    return false;
  }
}

/**
 * The mention the keyboard command opens: the first one after `current` (document order) whose
 * box is inside the viewport, wrapping around; else the first one in view; else the first one.
 */
export function nextMentionInView<M extends Ranged>(
  mentions: readonly M[],
  current: M | undefined,
  viewportHeight: number,
): M | undefined {
  if (mentions.length === 0) return undefined;
  const inView = (mention: M) => {
    const rect = mention.range.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < viewportHeight && (rect.width > 0 || rect.height > 0);
  };
  const start = current ? mentions.indexOf(current) + 1 : 0;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[(start + i) % mentions.length]!;
    if (mention !== current && inView(mention)) return mention;
  }
  // Nothing (else) in view: the next one in document order, which the caller scrolls to.
  return mentions[start % mentions.length];
}
