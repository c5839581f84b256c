/**
 * The scanner's first pass over a subtree: visits its text nodes, except those in subtrees whose
 * whole text cannot hold an anchor word, which are counted without being entered.
 *
 * Why not one TreeWalker pass: a walk hands script a wrapper object for every node it returns. On
 * a page of a million text nodes that is over 100 ms of walking, then a garbage collection of the
 * wrappers (measured: a 184 ms scavenge at a 215 MB heap) in a task right after the scan. An
 * element's `textContent` is one native call that makes no wrapper, and `within` (the prefilter
 * with word boundaries ignored) is true for any text containing a text that passes the prefilter,
 * so an element whose text fails it has no text node the scanner would keep.
 *
 *   element ─ small or too deep? ─▶ walk its nodes (TreeWalker, sliced)
 *      └─ read its text (unless too wide) ─ no anchor ─▶ count its text nodes (XPath), skip
 *                                          └─ anchor ─▶ visit its text children, push its elements
 */
import type { Slicer } from './slicer';

export interface TextWalkOptions {
  /** A superset test for concatenated text: false only if no part of it passes the prefilter. */
  within(text: string): boolean;
  /** Called for each text node not ruled out by `within` (in no particular order). */
  visit(node: Text): void;
  slicer: Slicer;
  signal?: AbortSignal;
}

/**
 * An element with more child elements than this is not read whole: its children are, one by one,
 * so no single native read spans a whole very wide page (the million-node test page has 1,000
 * paragraphs under body). Its width in text nodes does not matter: they are read at no extra cost.
 */
const WIDE = 64;
/** An element with more child nodes than this is walked node by node, in slices. */
const HUGE_FANOUT = 4096;
/** Text shorter than this (with an anchor) is walked node by node: few nodes, nothing to gain. */
const SMALL_TEXT = 2048;
/**
 * Below this many levels of elements with an anchor, walk node by node: each level reads its text
 * again, so the cap bounds the reading on pages nested thousands of levels deep.
 */
const MAX_DEPTH = 32;
/** How many text nodes a node-by-node walk visits between clock reads. */
const CHECK_EVERY = 512;

interface Pending {
  element: Element;
  depth: number;
  /** Length of the element's text when known already (an only child has its parent's text). */
  textLength?: number;
}

/** Walks the text under `subtree` (see the module comment). Resolves with its text node count. */
export async function walkText(subtree: Node, options: TextWalkOptions): Promise<number> {
  const { within, visit, slicer, signal } = options;
  if (subtree.nodeType === Node.TEXT_NODE) {
    visit(subtree as Text);
    return 1;
  }
  if (subtree.nodeType !== Node.ELEMENT_NODE) return walkAll(subtree, options);
  const stack: Pending[] = [{ element: subtree as Element, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const next = stack.pop()!;
    // The page may have removed it while we yielded: its text is gone, and so are its mentions.
    if (next.element !== subtree && !next.element.isConnected) continue;
    count += expand(next, stack, visit, within) ?? (await walkAll(next.element, options));
    if (slicer.due()) {
      await slicer.yield();
      signal?.throwIfAborted();
    }
  }
  return count;
}

/**
 * One step of `walkText`: counts a subtree without an anchor, or visits an element's text children
 * and pushes its child elements. Returns the text nodes counted, or undefined when the element is
 * better walked node by node.
 */
function expand(
  { element, depth, textLength }: Pending,
  stack: Pending[],
  visit: (node: Text) => void,
  within: (text: string) => boolean,
): number | undefined {
  const children = element.childNodes;
  let length = textLength;
  if (length === undefined && element.childElementCount <= WIDE) {
    const text = element.textContent ?? '';
    if (!within(text)) return countTextNodes(element);
    length = text.length;
  }
  if ((length !== undefined && length < SMALL_TEXT) || depth >= MAX_DEPTH) return undefined;
  if (children.length > HUGE_FANOUT) return undefined;
  const only = children.length === 1 ? length : undefined;
  let count = 0;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (child.nodeType === Node.TEXT_NODE) {
      count++;
      visit(child as Text);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      stack.push({ element: child as Element, depth: depth + 1, textLength: only });
    }
  }
  return count;
}

/** Every text node under `subtree`, walked in slices. Resolves with the count. */
async function walkAll(subtree: Node, { visit, slicer, signal }: TextWalkOptions): Promise<number> {
  const doc = subtree.ownerDocument ?? (subtree as Document);
  let walker = doc.createTreeWalker(subtree, NodeFilter.SHOW_TEXT);
  let count = 0;
  let restarts = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count++;
    visit(node as Text);
    if (count % CHECK_EVERY === 0 && slicer.due()) {
      await slicer.yield();
      signal?.throwIfAborted();
      // The page may have removed the node we stood on while we yielded; walking on from a
      // detached node would silently end the pass, so start the walk again (at most 3 times).
      if (!walker.currentNode.isConnected && restarts++ < 3) {
        walker = doc.createTreeWalker(subtree, NodeFilter.SHOW_TEXT);
      }
    }
  }
  return count;
}

/** XPathResult.NUMBER_TYPE, spelled out so the module needs no global beyond the document. */
const XPATH_NUMBER = 1;

/**
 * The number of text nodes under `element`, counted natively (no node reaches script), so that
 * `factmark:scan`'s `textNodes` means the same with or without skipping. Falls back to a walk.
 */
export function countTextNodes(element: Element): number {
  try {
    return element.ownerDocument.evaluate('count(.//text())', element, null, XPATH_NUMBER, null)
      .numberValue;
  } catch {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  }
}
