/**
 * Watches a subtree for content that arrives or changes later (infinite scroll, live blogs,
 * single-page navigation) and reports it in batches, so the scanner re-reads only what changed.
 *
 * Batching: records are collected until the page has been quiet for `quietMs`, or `maxWaitMs` after
 * the first record at the latest (a ticker that never stops still gets scanned). Mutations inside our
 * own UI are ignored, so rendering the popover can never trigger a rescan (no feedback loop).
 */

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

/** Starts watching `root`. Returns a function that stops watching (also called on `signal` abort). */
export function watchMutations(root: Node, options: WatchOptions): () => void {
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

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOwn(record.target)) continue;
      if (overflow) break;
      if (record.type === 'characterData') {
        nodes.add(record.target);
      } else {
        // The target's block may have lost or gained text; added nodes may hold new mentions.
        nodes.add(record.target);
        record.addedNodes.forEach((node) => {
          if (!isOwn(node)) nodes.add(node);
        });
      }
      if (nodes.size > maxNodes) {
        overflow = true;
        nodes.clear();
      }
    }
    const now = Date.now();
    if (!firstRecordAt) firstRecordAt = now;
    if (quietTimer !== undefined) clear(quietTimer as never);
    const wait = Math.max(0, Math.min(quietMs, firstRecordAt + maxWaitMs - now));
    quietTimer = set(flush, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  const stop = () => {
    observer.disconnect();
    if (quietTimer !== undefined) clear(quietTimer as never);
    quietTimer = undefined;
  };
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
