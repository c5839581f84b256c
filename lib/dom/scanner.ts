/**
 * The page scanner: finds mentions in a DOM subtree and keeps them current as the page changes.
 *
 * A full pass costs about one TreeWalker walk over the text nodes testing each against one plain
 * regex (the matcher's `quickPrefilter`; `testPrefilter` checks its rare hits exactly), which is
 * what a page with no mention costs. Only blocks that contain a prefilter hit are read and given
 * to the (pure) matcher. Work is cut into slices (see slicer.ts).
 *
 *   pass 1: walk text nodes ─ prefilter hit? ─ readable? ─▶ candidate block set
 *   pass 2: read candidate blocks ─▶ any may hold a name? ─▶ matcher.detect(blocks, page), in groups ─▶ Ranges
 *
 * Incremental rescans re-read only the blocks a mutation touched (see `rescan`), then re-run the
 * matcher over the candidate blocks (their texts are cached), so page-level context stays right.
 */
import type { Block, Matcher, Mention, MatchReason, PageContext } from '../matching';
import { asShown } from '../matching/invisible';
import { sentenceAround } from '../text/sentence';
import { blockOf, readableText, readBlock, type BlockText } from './blocks';
import { isHiddenOrEditable, isSkipped } from './skip';
import { DETECT_BUDGET, detectSliced } from './sliced-detect';
import { createSlicer, type SlicerOptions } from './slicer';
import { createTextRange } from './text-range';

/** A mention found in the page. */
export interface PageMention {
  /** Stable for the life of the mention: the same words in the same block keep their id. */
  id: number;
  range: Range;
  block: Element;
  /** The mention's words as a reader sees them: no soft hyphens, white space runs as one space. */
  text: string;
  nameId: string;
  lang: Mention['lang'];
  reason: MatchReason;
  /** The sentence around the mention, plain text (snippet and ranking input). */
  sentence: string;
}

export interface ScanStats {
  /** Text nodes examined in this pass. */
  textNodes: number;
  /** Mentions on the page after this pass. */
  mentions: number;
}

export interface ScannerOptions {
  root: Element;
  matcher: Matcher;
  /** Page-level context for ambiguous forms (title, description, lang). */
  page: Omit<PageContext, 'text'>;
  /** Elements whose subtrees are ours (the UI host): never scanned. */
  isOwn?: (node: Node) => boolean;
  slicer?: Omit<SlicerOptions, 'signal'>;
}

/** Blocks longer than this are matched in overlapping windows so one call stays short. */
const WINDOW = 64 * 1024;
/** Overlap between windows: longer than any name, so a mention on a seam is found once. */
const OVERLAP = 200;
/** How much page text page-level cue counting may read. */
const PAGE_TEXT_CAP = 300_000;
/** How far from a mention its sentence is looked for (ten snippets' worth). */
const SENTENCE_WINDOW = 2800;
/** How many text nodes to walk between clock reads. */
const CHECK_EVERY = 512;

export class Scanner {
  private readonly blocks = new Map<Element, BlockText | null>();
  /** Candidate blocks a change marked for re-reading, not known to still hold a prefilter hit. */
  private readonly unconfirmed = new Set<Element>();
  private ids = new Map<string, number>();
  private nextId = 1;
  private current: PageMention[] = [];
  private notRendered: ReadonlySet<Element> = new Set();

  constructor(private readonly options: ScannerOptions) {}

  /** The mentions found so far, in document order. */
  get mentions(): readonly PageMention[] {
    return this.current;
  }

  /**
   * Blocks that hold a mention the page does not render (yet): display: none, a closed
   * `<details>`… A "Read more" may show them later, so the page's CSS changes above them are
   * worth watching (see `watchStyles` in mutations.ts).
   */
  get hiddenBlocks(): ReadonlySet<Element> {
    return this.notRendered;
  }

  /** Scans the whole root. Resolves with the pass's stats; rejects with an AbortError if aborted. */
  async scanAll(signal?: AbortSignal): Promise<ScanStats> {
    const { root } = this.options;
    const slicer = createSlicer({ ...this.options.slicer, signal });
    this.blocks.clear();
    this.unconfirmed.clear();
    const textNodes = await this.collectCandidates(root, slicer, signal);
    await this.match(slicer);
    return { textNodes, mentions: this.current.length };
  }

  /**
   * Re-checks the parts of the page a batch of mutations touched: `nodes` are added nodes and
   * mutation targets. Blocks whose text changed are re-read; removed text drops its mentions.
   */
  async rescan(nodes: Iterable<Node>, signal?: AbortSignal): Promise<ScanStats> {
    const slicer = createSlicer({ ...this.options.slicer, signal });
    const { root } = this.options;
    let textNodes = 0;
    for (const [element] of this.blocks) {
      if (!element.isConnected || !root.contains(element)) {
        this.blocks.delete(element);
        this.unconfirmed.delete(element);
      }
    }
    for (const node of nodes) {
      if (!node.isConnected || !root.contains(node) || this.options.isOwn?.(node)) continue;
      if (node.nodeType === Node.TEXT_NODE) {
        textNodes++;
        // A changed text node may have removed a mention from its block: re-read it too.
        this.markChanged(blockOf(node, root));
        this.addIfCandidate(node as Text);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        // Its block, and the element itself if it is a block: either may have lost or gained text
        // (a child removed from a <main> that holds text of its own).
        this.markChanged(blockOf(element, root));
        this.markChanged(element);
        textNodes += await this.collectCandidates(element, slicer, signal);
      }
    }
    await this.match(slicer);
    return { textNodes, mentions: this.current.length };
  }

  /** Marks a candidate block for re-reading after a change (no-op for other elements). */
  private markChanged(block: Element): void {
    if (!this.blocks.has(block)) return;
    this.blocks.set(block, null);
    this.unconfirmed.add(block);
  }

  /** Forgets everything (used when settings change what is detected). */
  reset(): void {
    this.blocks.clear();
    this.unconfirmed.clear();
    this.current = [];
    this.notRendered = new Set();
  }

  /** Pass 1 over `subtree`: records the blocks that contain a prefilter hit. */
  private async collectCandidates(
    subtree: Node,
    slicer: ReturnType<typeof createSlicer>,
    signal?: AbortSignal,
  ): Promise<number> {
    const doc = subtree.ownerDocument ?? (subtree as Document);
    const quick = this.options.matcher.quickPrefilter;
    const onHit = (node: Text): void => this.addIfCandidate(node);
    let walker = doc.createTreeWalker(subtree, NodeFilter.SHOW_TEXT);
    let count = 0;
    let restarts = 0;
    for (;;) {
      const walked = walkChunk(walker, quick, onHit);
      count += walked;
      if (walked < CHECK_EVERY) return count;
      if (slicer.due()) {
        await slicer.yield();
        signal?.throwIfAborted();
        // The page may have removed the node we stood on while we yielded; walking on from a
        // detached node would silently end the pass, so start the walk again (at most 3 times).
        if (!walker.currentNode.isConnected && restarts++ < 3) {
          walker = doc.createTreeWalker(subtree, NodeFilter.SHOW_TEXT);
        }
      }
    }
  }

  /**
   * Marks the block of a text node for (re)reading if the node is article text we may read (not
   * ours, not in a skipped element) and passes the exact prefilter. Readability first: a hit in
   * script or style text (a JSON blob naming "Mexico") then costs no exact test, and a page whose
   * only hits are there never compiles the exact test's regexes.
   */
  private addIfCandidate(node: Text): void {
    const parent = node.parentElement;
    if (!parent || this.options.isOwn?.(node) || isSkipped(parent)) return;
    if (this.options.matcher.testPrefilter(node.data)) {
      const block = blockOf(node, this.options.root);
      this.blocks.set(block, null);
      this.unconfirmed.delete(block);
    }
  }

  /**
   * Whether a text node of `block` passes the prefilter, as `addIfCandidate` asks of each. Its
   * nodes are readable already: `readBlock` leaves out skipped subtrees, and `match` drops a block
   * inside one. (`testPrefilter` searches with `quickPrefilter` itself, so no quick test first.)
   */
  private hasCandidateNode(block: BlockText): boolean {
    const { matcher, isOwn } = this.options;
    return block.segments.some(
      ({ node }) => node !== null && !isOwn?.(node) && matcher.testPrefilter(node.data),
    );
  }

  /**
   * Pass 2: reads dirty candidate blocks, runs the matcher, rebuilds the mention list. A pass that
   * met no candidate block (most pages) empties the lists here: `matchBlocks`, large and compiled by
   * V8 on its first call, then never runs on such a page.
   */
  private match(slicer: ReturnType<typeof createSlicer>): Promise<void> {
    if (this.blocks.size > 0) return this.matchBlocks(slicer);
    this.current = [];
    this.ids = new Map();
    this.notRendered = new Set();
    return Promise.resolve();
  }

  private async matchBlocks(slicer: ReturnType<typeof createSlicer>): Promise<void> {
    const entries = [...this.blocks.entries()].sort(([a], [b]) => documentOrder(a, b));
    const texts: BlockText[] = [];
    for (const [element, cached] of entries) {
      // The page may have hidden, disabled or made editable a candidate block by markup since it
      // was read (a carousel's aria-hidden slide): a full pass would not read it, so neither do we.
      if (isSkipped(element)) {
        this.blocks.delete(element);
        this.unconfirmed.delete(element);
        continue;
      }
      const block = cached ?? readBlock(element);
      // A block read again after a change stays a candidate only if a full pass would pick it:
      // one of its text nodes still passes the prefilter. The blocks given to the matcher are
      // evidence for ambiguous forms, so a stale one would change what the page says.
      if (this.unconfirmed.delete(element) && !this.hasCandidateNode(block)) {
        this.blocks.delete(element);
        continue;
      }
      this.blocks.set(element, block);
      texts.push(block);
      if (slicer.due()) await slicer.yield();
    }
    const inputs: Block[] = [];
    const origin: { block: BlockText; offset: number }[] = [];
    for (const block of texts) {
      for (let offset = 0; offset < Math.max(block.text.length, 1); offset += WINDOW) {
        inputs.push({
          text: block.text.slice(offset, offset + WINDOW + OVERLAP),
          lang: block.lang,
        });
        origin.push({ block, offset });
      }
    }
    const page: PageContext = {
      ...this.options.page,
      // Page-level cue words, read lazily and only when an ambiguous form needs them.
      text: () => readableText(this.options.root, PAGE_TEXT_CAP),
    };
    const found = mayMention(this.options.matcher, inputs)
      ? await detectSliced(this.options.matcher, inputs, page, slicer)
      : [];
    const next: PageMention[] = [];
    const notRendered = new Set<Element>();
    const ids = new Map<string, number>();
    for (const mention of found) {
      // Ranges and visibility checks cost milliseconds on a page with many mentions (the first
      // check waits for style and layout), and a garbage collection may land in the same task.
      if (slicer.due()) await slicer.yield();
      const { block, offset } = origin[mention.block]!;
      // Mentions that start in a window's overlap belong to the next window.
      if (mention.start >= WINDOW && offset + WINDOW < block.text.length) continue;
      const start = offset + mention.start;
      const end = offset + mention.end;
      const range = createTextRange(block, start, end);
      // Only now, for real mentions, ask about rendering (it may force a style and layout pass).
      const startParent = range.startContainer.parentElement;
      if (startParent && isHiddenOrEditable(startParent)) {
        // Not rendered (yet), and a "Read more" may show it; editable text is never marked.
        if (!(startParent as HTMLElement).isContentEditable) notRendered.add(block.element);
        continue;
      }
      const key = `${blockKey(block.element)}|${start}|${mention.text}`;
      if (ids.has(key)) continue;
      const id = this.ids.get(key) ?? this.nextId++;
      ids.set(key, id);
      next.push({
        id,
        range,
        block: block.element,
        text: asShown(mention.text),
        nameId: mention.nameId,
        lang: mention.lang,
        reason: mention.reason,
        sentence: sentenceNear(block, start, end),
      });
    }
    // Blocks nest (a <div> with loose text around its <p>s), so order by position, not by block.
    // The page may have removed blocks while we yielded (here or before matching): their text is
    // gone, and their ranges are collapsed where they were or lie in a detached tree.
    this.current = next
      .filter((mention) => mention.block.isConnected)
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    // Ids stay stable across rescans for the same words at the same place in the same block.
    this.ids = ids;
    this.notRendered = notRendered;
  }
}

/**
 * The sentence around `[start, end)` of a block, read from the text within `SENTENCE_WINDOW`
 * characters of it: a snippet shows at most 280 characters, and a block may be megabytes long.
 */
function sentenceNear(block: BlockText, start: number, end: number): string {
  const from = Math.max(0, start - SENTENCE_WINDOW);
  const to = Math.min(block.text.length, end + SENTENCE_WINDOW);
  return asShown(sentenceAround(block.text.slice(from, to), start - from, end - from));
}

/**
 * Whether any block can hold a mention (`Matcher.mayMention`). Most candidate blocks met an anchor
 * word ("Mexico", "protection") and no policy name: then the matcher is never run (nor compiled).
 * Large inputs go to the sliced matcher directly rather than fold megabytes in one task.
 */
function mayMention(matcher: Matcher, inputs: readonly Block[]): boolean {
  let total = 0;
  for (const { text } of inputs) total += text.length;
  return total > DETECT_BUDGET || inputs.some(({ text }) => matcher.mayMention(text));
}

const blockKeys = new WeakMap<Element, number>();
let nextBlockKey = 1;
function blockKey(element: Element): number {
  let key = blockKeys.get(element);
  if (key === undefined) {
    key = nextBlockKey++;
    blockKeys.set(element, key);
  }
  return key;
}

/**
 * Walks on at most `CHECK_EVERY` text nodes, calling `onHit` for those `quick` matches, and returns
 * how many it walked (fewer means the walk is over). A small synchronous loop doing per node what a
 * bare regex walk does, one `test` call, so V8 can optimize it apart from the async pass around it.
 */
function walkChunk(walker: TreeWalker, quick: RegExp, onHit: (node: Text) => void): number {
  let walked = 0;
  while (walked < CHECK_EVERY) {
    const node = walker.nextNode() as Text | null;
    if (!node) break;
    walked++;
    if (quick.test(node.data)) onHit(node);
  }
  return walked;
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
