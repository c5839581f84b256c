/**
 * Page-level evidence for `detect`: gathered lazily and once per call, in two stages so the page
 * text is read only when the cheap sources do not settle the question.
 *
 * Saved signals (`Matcher.pageSignals`) stand for evidence gathered earlier. Signals that include
 * the page text replace the second stage; signals gathered without it (e.g. the blocks of a page
 * matched in several calls) leave the second stage to `detect`, and the page text's own evidence
 * is then kept with the signals, so the calls that share them scan the same text once.
 */
import type { MatcherOptions, PageContext } from './api';
import { scanText, type TextScan } from './block-scan';
import type { CompiledDetector } from './detector';
import { Tally } from './evidence';
import { pageAccepts } from './scoring';

/** Page text beyond this many characters is not read for evidence (its start says what it is about). */
export const PAGE_TEXT_LIMIT = 500_000;

/** Matcher options with their defaults filled in. */
export type Options = Required<MatcherOptions>;

/** Signals that include the page text's evidence. */
const WITH_PAGE_TEXT = new WeakSet<Tally>();
/** The evidence of a page text, kept per signals (see the module comment). */
const textEvidenceOf = new WeakMap<Tally, { text: string; tally: Tally }>();

/** Page-level evidence, gathered in two lazy stages: cheap (blocks, title, description), then text. */
export class PageJudge {
  private cheap?: Tally;
  private full?: Tally;

  /** `signals`: evidence saved by `Matcher.pageSignals`; when given, the page text is not read. */
  constructor(
    private readonly compiled: CompiledDetector,
    private readonly scans: readonly TextScan[],
    private readonly page: PageContext,
    private readonly options: Options,
    private readonly signals: Tally | undefined,
  ) {}

  /** The page cues if the page is about the policy enough for this kind of form, else undefined. */
  accept(useOther: boolean): string[] | undefined {
    const ok = (t: Tally) =>
      pageAccepts(t.topic, useOther ? t.other : 0, this.options.acronymStrictness);
    this.cheap ??= this.gatherCheap();
    if (ok(this.cheap)) return this.cheap.cues;
    if (!this.readsPageText()) return undefined;
    this.full ??= this.gatherFull(this.cheap);
    return ok(this.full) ? this.full.cues : undefined;
  }

  private gatherCheap(): Tally {
    const tally = new Tally();
    if (this.signals) tally.merge(this.signals);
    for (const scan of this.scans) tally.merge(scan.evidence().tally);
    for (const meta of [this.page.title, this.page.description]) {
      if (meta) tally.merge(scanText(this.compiled, meta).evidence().tally);
    }
    return tally;
  }

  /** Whether the second stage applies: a page text the signals do not already include. */
  private readsPageText(): boolean {
    return this.page.text !== undefined && !(this.signals && WITH_PAGE_TEXT.has(this.signals));
  }

  private gatherFull(cheap: Tally): Tally {
    const tally = new Tally();
    tally.merge(cheap);
    const text = this.page.text?.().slice(0, PAGE_TEXT_LIMIT) ?? '';
    const known = this.signals && textEvidenceOf.get(this.signals);
    const ofText =
      known?.text === text ? known.tally : scanText(this.compiled, text, 'prose').evidence().tally;
    if (this.signals) textEvidenceOf.set(this.signals, { text, tally: ofText });
    tally.merge(ofText);
    WITH_PAGE_TEXT.add(tally);
    return tally;
  }

  /** Both stages, for `Matcher.pageSignals`. */
  everything(): Tally {
    this.cheap ??= this.gatherCheap();
    if (this.readsPageText()) this.full ??= this.gatherFull(this.cheap);
    const all = this.full ?? this.cheap;
    if (this.signals && WITH_PAGE_TEXT.has(this.signals)) WITH_PAGE_TEXT.add(all);
    return all;
  }
}
