/**
 * Page-level evidence for `detect`: gathered lazily and once per call, in two stages so the page
 * text is read only when the cheap sources do not settle the question.
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
    if (this.signals || !this.page.text) return undefined;
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

  private gatherFull(cheap: Tally): Tally {
    const tally = new Tally();
    tally.merge(cheap);
    const text = this.page.text?.().slice(0, PAGE_TEXT_LIMIT) ?? '';
    tally.merge(scanText(this.compiled, text, 'prose').evidence().tally);
    return tally;
  }

  /** Both stages, for `Matcher.pageSignals`. */
  everything(): Tally {
    this.cheap ??= this.gatherCheap();
    if (!this.signals && this.page.text) this.full ??= this.gatherFull(this.cheap);
    return this.full ?? this.cheap;
  }
}
