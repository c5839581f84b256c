/**
 * Blocks: the paragraph-like units the matcher reads. A block's text is the concatenation of the
 * text nodes whose nearest block-level ancestor is that element, so `Remain in <em>Mexico</em>` is
 * one string, while a mention never runs from one paragraph into the next.
 *
 * Block-ness is decided by tag name, not computed style: style would cost a style lookup per node
 * and most pages use the semantic tags. A `<br>` counts as a line break inside its block.
 *
 * Line breaks written in the HTML source are white space: the browser shows them as spaces, and
 * indented HTML has one wherever a line was wrapped ("under\n      Remain in Mexico"). So the
 * block text has a space for each of them, and `\n` only for a `<br>`: to the matcher a line break
 * starts a new line (a sentence or headline), which a wrapped source line does not. Each text node
 * keeps its length, so offsets into the block text are offsets into its nodes.
 */
import { SKIPPED_TAGS } from './skip';

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Line breaks in text node data, which the browser shows as white space (see above). */
const SOURCE_LINE_BREAK = /[\n\r]/g;

/** True for elements that start a new block. */
export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** The nearest block-level ancestor of `node` (at most `root`). */
export function blockOf(node: Node, root: Element): Element {
  let element = node.parentElement;
  while (element && element !== root && !isBlockElement(element)) element = element.parentElement;
  return element ?? root;
}

/** A run of block text that comes from one text node (or a virtual `\n` for a `<br>`). */
export interface Segment {
  /** Offset of this segment in the block text. */
  start: number;
  /** The text node, or null for a `<br>` line break that exists only in the block text. */
  node: Text | null;
}

export interface BlockText {
  element: Element;
  /** The block's text: its text nodes' data (source line breaks as spaces) and `\n` per `<br>`. */
  text: string;
  /** Segments in order; `segments[i].start` is increasing. */
  segments: Segment[];
  /** BCP-47 language of the block (closest `lang` attribute), if declared. */
  lang?: string;
  /** Text nodes read. */
  textNodes: number;
}

/**
 * Reads the text of one block: its own text nodes in document order, skipping nested blocks (they
 * are blocks of their own) and unreadable subtrees. Iterative, so 10,000-deep nesting is fine.
 */
export function readBlock(block: Element): BlockText {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const segments: Segment[] = [];
  let text = '';
  let textNodes = 0;
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        segments.push({ start: text.length, node: node as Text });
        text += data.replace(SOURCE_LINE_BREAK, ' ');
      }
      textNodes++;
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (element.tagName === 'BR') {
      segments.push({ start: text.length, node: null });
      text += '\n';
    }
    if (
      isBlockElement(element) ||
      SKIPPED_TAGS.has(element.tagName.toUpperCase()) ||
      skipAttr(element)
    ) {
      node = nextOutside(walker, block);
      continue;
    }
    node = walker.nextNode();
  }
  const lang = block.closest('[lang]')?.getAttribute('lang') || undefined;
  return { element: block, text, segments, lang, textNodes };
}

/** Cheap attribute checks for subtrees to skip while reading a block (tags are checked separately). */
function skipAttr(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('inert') ||
    (element.hasAttribute('contenteditable') && element.getAttribute('contenteditable') !== 'false')
  );
}

/** Moves the walker past the current node's subtree. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  let node: Node | null = walker.currentNode;
  while (node && node !== root) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    node = walker.parentNode();
  }
  return null;
}

/**
 * The readable text under `root` (skipping scripts, styles, code, hidden and editable subtrees),
 * blocks separated by new lines (source line breaks read as spaces, as in `readBlock`), stopping
 * after about `cap` characters. Used lazily for page-level context cues, so inline CSS
 * ("border: 0") or JSON in scripts never counts as evidence.
 */
export function readableText(root: Element, cap: number): string {
  const walker = root.ownerDocument.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = walker.nextNode();
  while (node && length < cap) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      parts.push(data.replace(SOURCE_LINE_BREAK, ' '));
      length += data.length;
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || skipAttr(element)) {
      node = nextOutside(walker, root);
      continue;
    }
    if (isBlockElement(element)) parts.push('\n');
    node = walker.nextNode();
  }
  return parts.join('').slice(0, cap);
}

/**
 * Binary search over a block's segments (in order of start): the index of the last segment whose
 * start is <= offset (0 when offset < 0 or there are none).
 */
export function lastSegmentAtOrBefore(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
