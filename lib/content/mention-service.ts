/**
 * Keeps the page's mentions current and drawn: owns the scanner, the highlight layer and the
 * mutation watcher, and publishes the mention list as a signal for the popover, the popup and the
 * badge. Records the performance entries of the product contract:
 *   - `factmark:scan` measure for every pass, detail `{ mentions, textNodes }`;
 *   - `factmark:ready` mark once, after the first full scan, detail `{ mentions }`.
 */
import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { Matcher } from '../matching';
import { createHighlightLayer, HIGHLIGHT_NAME, type HighlightLayer } from '../dom/highlights';
import { watchMutations } from '../dom/mutations';
import { Scanner, type PageMention, type ScanStats } from '../dom/scanner';
import type { PageInfo } from './page-info';

export interface MentionServiceOptions {
  root: Element;
  matcher: Matcher;
  page: PageInfo;
  /** Our UI host and its subtree, never scanned or observed. */
  isOwn: (node: Node) => boolean;
  /** Ids of mentions the reader dismissed ("Not this MPP"); they are not drawn or listed. */
  isDismissed?: (mention: PageMention) => boolean;
  /** Aborting stops everything and removes the marks. */
  signal: AbortSignal;
  /** Timer functions that stop when the extension context is invalidated (WXT's ctx). */
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (id: never) => void;
  /** performance, injectable for tests. */
  perf?: Pick<Performance, 'now' | 'mark' | 'measure'>;
}

export interface MentionService {
  /** Mentions on the page, in document order, without dismissed ones. */
  readonly mentions: ReadonlySignal<readonly PageMention[]>;
  /** Resolves after the first full scan (and the `factmark:ready` mark). */
  readonly ready: Promise<void>;
  /** Replaces the matcher (names or strictness changed in settings) and rescans everything. */
  setMatcher(matcher: Matcher): Promise<void>;
  /** Re-applies the dismissal filter (after "Not this MPP"). */
  refilter(): void;
  /** Draws the marks in `style` (marks.css styles each `factmark-style-<style>` highlight). */
  setMarkStyle(style: string): void;
}

export function startMentionService(options: MentionServiceOptions): MentionService {
  const { root, isOwn, signal: abort, perf = performance } = options;
  const mentions = signal<readonly PageMention[]>([]);
  const layer: HighlightLayer = createHighlightLayer(HIGHLIGHT_NAME);
  let scanner = new Scanner({ root, matcher: options.matcher, page: options.page, isOwn });
  // One pass at a time: a mutation batch that arrives mid-scan waits for the running pass.
  let queue: Promise<unknown> = Promise.resolve();

  const publish = () => {
    const visible = scanner.mentions.filter((mention) => !options.isDismissed?.(mention));
    // A pass that found what the page already shows (most rescans, every pass on a page without
    // mentions) changes nothing: no redraw, no effects, no badge message.
    if (sameMentions(mentions.peek(), visible)) return layer.refresh();
    mentions.value = visible;
    layer.set(visible.map((mention) => mention.range));
  };

  const pass = (run: (scanner: Scanner) => Promise<ScanStats>) => {
    const next = queue.then(async () => {
      if (abort.aborted) return;
      const start = perf.now();
      const stats = await run(scanner);
      publish();
      watch.watchStyles(scanner.hiddenBlocks);
      watch.watchBoxes(new Set(scanner.mentions.map((mention) => mention.block)));
      perf.measure('factmark:scan', {
        start,
        end: perf.now(),
        detail: { mentions: mentions.value.length, textNodes: stats.textNodes },
      });
    });
    // A failed pass must not wedge the queue: later passes still run.
    queue = next.catch(() => undefined);
    return next;
  };

  const watch = watchMutations(root, {
    isOwn,
    signal: abort,
    setTimeout: options.setTimeout,
    clearTimeout: options.clearTimeout,
    onBatch: (batch) => {
      void pass((s) => (batch.overflow ? s.scanAll(abort) : s.rescan(batch.nodes, abort))).catch(
        ignoreAbort,
      );
    },
  });

  // The first pass; later ones follow the page's changes (above).
  const ready = pass((s) => s.scanAll(abort)).then(() => {
    perf.mark('factmark:ready', { detail: { mentions: mentions.value.length } });
  });

  abort.addEventListener('abort', () => layer.dispose(), { once: true });

  return {
    mentions,
    ready: ready.catch(ignoreAbort),
    setMatcher(matcher) {
      scanner = new Scanner({ root, matcher, page: options.page, isOwn });
      return pass((s) => s.scanAll(abort)).catch(ignoreAbort);
    },
    refilter: publish,
    setMarkStyle: (style) => layer.setAlias(`factmark-style-${style}`),
  };
}

/** Whether two mention lists are the same mentions at the same range boundaries. */
export function sameMentions(a: readonly PageMention[], b: readonly PageMention[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return (
        x.id === y.id &&
        x.range.startContainer === y.range.startContainer &&
        x.range.startOffset === y.range.startOffset &&
        x.range.endContainer === y.range.endContainer &&
        x.range.endOffset === y.range.endOffset
      );
    })
  );
}

/**
 * Cancelled work is expected (navigation, settings change). Anything else fails closed: no marks
 * change and the page is left alone, with one line for whoever debugs the extension.
 */
function ignoreAbort(error: unknown): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  console.warn('[factmark] scan failed:', error);
}
