/**
 * Watches a subtree for content that arrives or changes later (infinite scroll, live blogs,
 * single-page navigation) and reports it in batches, so the scanner re-reads only what changed.
 *
 * Content revealed later counts too ("Read more", an accordion, a `<details>` opened):
 * - markup that hides text (`hidden`, `inert`, `aria-hidden`, `contenteditable`, a closed
 *   `<details>`) is watched always: when it changes, the element's subtree is read again;
 * - CSS that hides text (a class or a style with `display: none`) is watched only while some blocks
 *   hold a mention that is not rendered (`watchStyles`): class and style change all the time on
 *   many pages, and most pages have no such block. A change on such a block or an ancestor of it
 *   reports the block.
 *
 * And text hidden later: a block holding a shown mention is reported when it loses its box (CSS
 * made it or an ancestor `display: none`: a tab switched, an accordion closed), which a
 * `ResizeObserver` sees without following the page's class and style changes (`watchBoxes`).
 *
 * Batching: records are collected until the page has been quiet for `quietMs`, or `maxWaitMs` after
 * the first record at the latest (a ticker that never stops still gets scanned). Mutations inside our
 * own UI are ignored, so rendering the popover can never trigger a rescan (no feedback loop).
 */

/** Attributes whose change may show or hide text by markup alone. */
const REVEALING_ATTRIBUTES = ['hidden', 'open', 'inert', 'aria-hidden', 'contenteditable'];
/** Attributes through which CSS may show or hide text. */
const STYLING_ATTRIBUTES = ['class', 'style'];

export interface MutationWatch {
  /** Stops watching (also done on `signal` abort). */
  stop(): void;
  /** Blocks whose mentions are not rendered: reported when a class or style above them changes. */
  watchStyles(blocks: ReadonlySet<Element>): void;
  /** Blocks whose mentions are shown: reported when they lose their box. */
  watchBoxes(blocks: ReadonlySet<Element>): void;
}

export interface MutationBatch {
  /** Added nodes and the targets of changed text/children, deduplicated, still in the document. */
  nodes: Set<Node>;
  /** True when the batch is so large that a full rescan is cheaper than following each node. */
  overflow: boolean;
}

export interface WatchOptions {
  onBatch: (batch: MutationBatch) => void;
  /** Our own nodes (the UI host); their mutations are ignored. */
  isOwn?: (node: Node) => boolean;
  quietMs?: number;
  maxWaitMs?: number;
  /** Above this many nodes a batch is reported as `overflow`. */
  maxNodes?: number;
  signal?: AbortSignal;
  /** Timer functions, injectable (WXT's ctx.setTimeout stops firing once the extension reloads). */
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (id: never) => void;
}

/** Starts watching `root`. */
export function watchMutations(root: Node, options: WatchOptions): MutationWatch {
  const {
    onBatch,
    isOwn = () => false,
    quietMs = 120,
    maxWaitMs = 1000,
    maxNodes = 4000,
    signal,
    setTimeout: set = globalThis.setTimeout,
    clearTimeout: clear = globalThis.clearTimeout as (id: never) => void,
  } = options;
  let nodes = new Set<Node>();
  let overflow = false;
  let quietTimer: unknown;
  let firstRecordAt = 0;

  const flush = () => {
    quietTimer = undefined;
    if (nodes.size === 0 && !overflow) return;
    const batch = { nodes, overflow };
    nodes = new Set();
    overflow = false;
    firstRecordAt = 0;
    onBatch(batch);
  };

  const add = (node: Node) => {
    nodes.add(node);
    if (nodes.size > maxNodes) {
      overflow = true;
      nodes.clear();
    }
  };

  /** (Re)starts the wait before the batch is flushed: until the page is quiet, or `maxWaitMs`. */
  const schedule = () => {
    const now = Date.now();
    if (!firstRecordAt) firstRecordAt = now;
    if (quietTimer !== undefined) clear(quietTimer as never);
    const wait = Math.max(0, Math.min(quietMs, firstRecordAt + maxWaitMs - now));
    quietTimer = set(flush, wait);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOwn(record.target)) continue;
      if (overflow) break;
      // Text edited, children added or removed (the target's block may have lost or gained text;
      // added nodes may hold new mentions), or markup that hides or shows the target's subtree.
      add(record.target);
      record.addedNodes.forEach((node) => {
        if (!isOwn(node)) add(node);
      });
    }
    schedule();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: REVEALING_ATTRIBUTES,
  });

  let hidden: ReadonlySet<Element> = new Set();
  let styles: MutationObserver | undefined;
  const onStyles = (records: MutationRecord[]) => {
    let found = false;
    for (const record of records) {
      if (overflow) break;
      for (const block of hidden) {
        if (record.target.contains(block)) {
          add(block);
          found = true;
        }
      }
    }
    if (found) schedule();
  };

  let boxed: ReadonlySet<Element> = new Set();
  let boxes: ResizeObserver | undefined;
  /** Whether each watched block had a box at the last report (the first one only records it). */
  const hadBox = new WeakMap<Element, boolean>();
  const onBoxes = (entries: ResizeObserverEntry[]) => {
    let found = false;
    for (const { target, contentRect } of entries) {
      const hasBox = contentRect.width > 0 || contentRect.height > 0;
      if (hadBox.get(target) === true && !hasBox && !overflow) {
        add(target);
        found = true;
      }
      hadBox.set(target, hasBox);
    }
    if (found) schedule();
  };

  const stop = () => {
    observer.disconnect();
    styles?.disconnect();
    styles = undefined;
    boxes?.disconnect();
    boxes = undefined;
    if (quietTimer !== undefined) clear(quietTimer as never);
    quietTimer = undefined;
  };
  signal?.addEventListener('abort', stop, { once: true });
  return {
    stop,
    watchStyles(blocks) {
      hidden = blocks;
      if (signal?.aborted) return;
      if (blocks.size > 0 && !styles) {
        styles = new MutationObserver(onStyles);
        styles.observe(root, { subtree: true, attributeFilter: STYLING_ATTRIBUTES });
      } else if (blocks.size === 0 && styles) {
        styles.disconnect();
        styles = undefined;
      }
    },
    watchBoxes(blocks) {
      if (signal?.aborted || typeof ResizeObserver !== 'function') return;
      if (blocks.size > 0) boxes ??= new ResizeObserver(onBoxes);
      for (const block of boxed) {
        if (!blocks.has(block)) {
          boxes?.unobserve(block);
          hadBox.delete(block);
        }
      }
      for (const block of blocks) if (!boxed.has(block)) boxes?.observe(block);
      boxed = blocks;
      if (blocks.size === 0 && boxes) {
        boxes.disconnect();
        boxes = undefined;
      }
    },
  };
}
