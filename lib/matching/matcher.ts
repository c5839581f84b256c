/**
 * The mention matcher: pure TypeScript, no DOM. `createMatcher` compiles the fact pack's names,
 * cues and other senses once; `detect` then finds mentions in a page's blocks in time linear in
 * the text (bounded regexes, fixed-size look-arounds, one evidence scan per block at most).
 *
 * Pipeline per `detect` call:
 * 1. every block: find name forms, settle unambiguous and styled names (`block-scan.ts`);
 * 2. every ambiguous form and weakly styled phrase: definition, nearness, paragraph, then page
 *    evidence (`scoring.ts`); the page's evidence is gathered lazily, once (`page-judge.ts`);
 * 3. keep the mentions of enabled name groups, each with its reason and popover language.
 */
import type { Lang } from '@/lib/facts/types';
import type {
  Block,
  DetectorData,
  DetectorName,
  Matcher,
  MatcherOptions,
  MatchReason,
  Mention,
  PageContext,
  PageSignals,
} from './api';
import { aliasNeighbours, scanText, type Found, type TextScan } from './block-scan';
import { compileDetector, type CompiledDetector } from './detector';
import { firstSpanEndingAfter, Tally } from './evidence';
import { createFormRunTest } from './form-runs';
import { asShown, visibleText, withoutInvisible } from './invisible';
import { mentionLang, textLang } from './language';
import { latinRegExp } from './latin-regexp';
import { PageJudge, type Options } from './page-judge';
import { createPrefilter, prefilterFromPlan, type Prefilter } from './prefilter';
import { NEAR, paragraphVerdict } from './scoring';

// "Jane Doe, MPP," / "Jane Doe, MPP '19": a degree after a person's name. Any run of white space
// may stand between the words, as a line break and indentation do in HTML source.
const POST_NOMINAL_BEFORE = latinRegExp(String.raw`\p{Lu}[\p{L}\p{M}.'\u2019-]*,\s*$`, 'u');
const POST_NOMINAL_AFTER = /^\s*(?:[,;)]|$|['\u2019]\d\d)/;
// "said MPP Jill Andrew", "the MPP for Ottawa South": a title before a person's name or a riding
// (a capitalised word that is not a cue).
const TITLE_BEFORE_NAME = latinRegExp(
  String.raw`^\s+(?:for\s+)?\p{Lu}\p{Ll}+(?![\p{L}\p{M}\p{N}_])`,
  'u',
);
/** How far around an acronym the post-nominal and title tests look. */
const BESIDE = 40;
const CAPITAL = latinRegExp(String.raw`\p{Lu}`, 'u');

/** Step 2 of `scoring.ts`: another sense right beside the form `scan.found[i]`. */
function isNearOtherSense(scan: TextScan, i: number): boolean {
  const { text, found } = scan;
  const { start, end } = (found[i] as Found).hit;
  const evidence = scan.evidence();
  const postNominal =
    POST_NOMINAL_BEFORE.test(text.slice(Math.max(0, start - BESIDE), start)) &&
    POST_NOMINAL_AFTER.test(text.slice(end, end + BESIDE));
  const title = TITLE_BEFORE_NAME.exec(text.slice(end, end + BESIDE));
  const named = end + (title ? title[0].search(CAPITAL.pick(title[0])) : 0);
  const titled =
    title !== null &&
    scan.textCase() === 'prose' &&
    firstSpanEndingAfter(evidence.cueSpans, named)?.start !== named &&
    found[i + 1]?.hit.start !== named;
  const sense = firstSpanEndingAfter(evidence.senseSpans, start - NEAR);
  return postNominal || titled || (sense !== undefined && sense.start < end + NEAR);
}

/** Step 2 for one weak or ambiguous form: its reason if accepted, else undefined. */
function decide(scan: TextScan, i: number, judge: PageJudge): MatchReason | undefined {
  const item = scan.found[i];
  if (!item) return undefined;
  const ambiguous = item.status === 'ambiguous';
  if (ambiguous) {
    const definer = aliasNeighbours(scan.text, scan.found, i).find(
      (n) => n.status === 'name' && n.name.use !== 'ambiguous',
    );
    if (definer) return { kind: 'context', scope: 'paragraph', cues: [asShown(definer.hit.text)] };
    if (isNearOtherSense(scan, i)) return undefined;
  }
  const { tally } = scan.evidence();
  const verdict = ambiguous
    ? paragraphVerdict(tally.topic, tally.other, 'ambiguous')
    : paragraphVerdict(tally.topic, 0, 'phrase');
  if (verdict === 'accept') return { kind: 'context', scope: 'paragraph', cues: tally.cues };
  if (verdict === 'reject') return undefined;
  const cues = judge.accept(ambiguous);
  return cues ? { kind: 'context', scope: 'page', cues } : undefined;
}

/** The page as a reader sees it: its title, description and text without invisible characters. */
function visiblePage(page: PageContext): PageContext {
  const { title, description, text } = page;
  return {
    ...page,
    title: title === undefined ? undefined : withoutInvisible(title),
    description: description === undefined ? undefined : withoutInvisible(description),
    text: text && (() => withoutInvisible(text())),
  };
}

/**
 * The matcher of the detector data; see `Matcher` for the contract. Creating it costs next to
 * nothing: the content script creates one on every page load, and most pages never mention an
 * anchor word. The prefilter is built on first use, the name and cue indexes on the first `detect`
 * or `pageSignals` with something to read, and each index compiles only the phrases whose first
 * two words it meets (see `phrase-index.ts`).
 */
export function createMatcher(data: DetectorData, options: MatcherOptions = {}): Matcher {
  let compiledOnce: CompiledDetector | undefined;
  const compiled = () => (compiledOnce ??= compileDetector(data));
  const settings: Options = {
    groups: options.groups ?? {},
    acronymStrictness: options.acronymStrictness ?? 'balanced',
  };
  const enabled = (name: DetectorName) => settings.groups[name.group] !== false;
  let prefilterOnce: Prefilter | undefined;
  const prefilter = () => {
    if (prefilterOnce) return prefilterOnce;
    const names = data.names.filter(enabled);
    // The build's plan is for all names: usable when no group is switched off.
    prefilterOnce =
      data.prefilterPlan && names.length === data.names.length
        ? prefilterFromPlan(data.prefilterPlan)
        : createPrefilter(names);
    return prefilterOnce;
  };
  let formRuns: ((text: string) => boolean) | undefined;
  const asTally = (signals: PageSignals | undefined) =>
    signals instanceof Tally ? signals : undefined;

  return {
    get prefilter() {
      return prefilter().regex();
    },

    testPrefilter: (text) => prefilter().test(withoutInvisible(text)),

    get quickPrefilter() {
      return prefilter().quick;
    },

    mayMention: (text) =>
      (formRuns ??= createFormRunTest(data.names.filter(enabled)))(withoutInvisible(text)),

    detect(given, givenPage, signals) {
      // Without blocks there is nothing to find (and the page text is never needed).
      if (given.length === 0) return [];
      // The texts as a reader sees them (see `invisible.ts`); offsets are mapped back at the end.
      const visible = given.map((block) => visibleText(block.text));
      const blocks = given.map((block, b) => {
        const seen = visible[b];
        return seen ? { ...block, text: seen.text } : block;
      });
      const page = visiblePage(givenPage);
      const scans = blocks.map((block) => scanText(compiled(), block.text));
      const judge = new PageJudge(compiled(), scans, page, settings, asTally(signals));
      const mentions: Mention[] = [];
      scans.forEach((scan, b) => {
        const block = blocks[b] as Block;
        let guess: { lang: Lang | undefined } | undefined;
        scan.found.forEach((item, i) => {
          if (item.status === 'none' || !enabled(item.name)) return;
          const reason = item.status === 'name' ? item.reason : decide(scan, i, judge);
          if (!reason) return;
          guess ??= { lang: textLang(block.text) };
          const lang = mentionLang(guess.lang, block.lang, page.lang, item.name.lang);
          const seen = visible[b];
          const { start, end } = seen ? seen.toSource(item.hit.start, item.hit.end) : item.hit;
          const text = seen ? (given[b] as Block).text.slice(start, end) : item.hit.text;
          mentions.push({ block: b, start, end, text, nameId: item.name.id, lang, reason });
        });
      });
      return mentions;
    },

    pageSignals(page, blocks = [], base) {
      const scans = blocks.map((block) => scanText(compiled(), withoutInvisible(block.text)));
      return new PageJudge(
        compiled(),
        scans,
        visiblePage(page),
        settings,
        asTally(base),
      ).everything();
    },
  };
}
