/**
 * The public contract of the mention matcher. The DOM scanner depends on these shapes exactly;
 * fields may be added, never changed or removed.
 */
import type { ContextCue, NameGroup, OtherSense, PolicyName } from '@/lib/facts/types';
import type { PrefilterPlan } from './prefilter';

/** How much evidence an ambiguous short form ("MPP", "RMX") needs before it is marked. */
export type Strictness = 'strict' | 'balanced' | 'loose';

export interface MatcherOptions {
  /** Which name groups to detect; a group left out is on. */
  groups?: Partial<Record<NameGroup, boolean>>;
  /**
   * Evidence needed for ambiguous forms and for phrase names whose styling alone does not prove a
   * name (see `scoring.ts`): 'strict' = in the same block only; 'balanced' (default) = in the block,
   * or clearly on the page; 'loose' = any topic evidence on the page that outweighs other senses.
   */
  acronymStrictness?: Strictness;
}

/** The part of a policy name the matcher reads. */
export type DetectorName = Pick<PolicyName, 'id' | 'group' | 'use' | 'lang' | 'forms'>;

/**
 * The part of the fact pack the matcher reads: a whole pack will do, and so will the slimmed copy
 * the content script bundles (`lib/facts/detector-data.ts`).
 */
export interface DetectorData {
  names: readonly DetectorName[];
  /**
   * The prefilter's plan for all `names`, computed at build time (`detector-data-plugin.ts`); used
   * when every name group is enabled, so page loads skip choosing anchors. Must equal
   * `prefilterPlan(names)` (checked in the tests).
   */
  prefilterPlan?: PrefilterPlan;
  detection: {
    cues: readonly Pick<ContextCue, 'terms' | 'weight'>[];
    otherSenses: readonly Pick<OtherSense, 'id' | 'terms' | 'forms'>[];
  };
}

/** A paragraph-like element's text, inline elements concatenated. Mentions never cross blocks. */
export interface Block {
  text: string;
  /** BCP-47 lang of the block's closest [lang], if any. */
  lang?: string;
}

export interface PageContext {
  lang?: string;
  title?: string;
  description?: string;
  /** Whole-page text, called lazily and at most once, only when an ambiguous form needs page-level cues. */
  text?: () => string;
}

/** Why a mention was marked, shown in the popover ("Why this was marked"). */
export type MatchReason =
  /** An unambiguous name ("Migrant Protection Protocols"). */
  | { kind: 'name' }
  /** A phrase-like name styled as a name. */
  | {
      kind: 'styled';
      how: 'capitalized' | 'quoted' | 'hyphenated' | 'policy-noun' | 'known-as' | 'uppercase';
    }
  /** An ambiguous form (or a weakly styled phrase) accepted on cue words: the cues found. */
  | { kind: 'context'; scope: 'paragraph' | 'page'; cues: string[] };

export interface Mention {
  /** Index into the `blocks` passed to `detect`. */
  block: number;
  /** UTF-16 offsets into `blocks[block].text`, end exclusive. */
  start: number;
  end: number;
  /** `=== blocks[block].text.slice(start, end)`: exactly the name, no quotes, no possessive 's. */
  text: string;
  /** `PolicyName.id`. */
  nameId: string;
  /** Language for the popover (see `language.ts` for the order of evidence). */
  lang: 'en' | 'es';
  reason: MatchReason;
}

/**
 * Page-level evidence gathered once, to be reused across incremental rescans (see
 * `Matcher.pageSignals`). Opaque apart from the summary below.
 */
export interface PageSignals {
  /** Sum of the weights of the distinct topic cues found, plus 3 per distinct policy name. */
  readonly topic: number;
  /** The strongest other sense's weight (2 per distinct word, 3 per distinct form such as "MPPs"). */
  readonly other: number;
  /** The cue words and names found, strongest first (at most five), as written on the page. */
  readonly cues: readonly string[];
}

export interface Matcher {
  /**
   * One precompiled, non-global, case-insensitive regex matching, as a whole word, an "anchor" word
   * of the enabled names (e.g. "Mexico"/"México", "Protection", "Protección", "MPP", "RMX").
   * Guarantee: every mention `detect` returns contains at least one word (a maximal run of
   * letters, marks, digits and `_`, once the invisible characters of `invisible.ts` are taken out)
   * that this regex matches on its own, so a block none of whose text nodes passes
   * `testPrefilter(nodeText)` cannot contain a mention unless a word is split across nodes. It may
   * also match text without a mention (it is a cheap superset). Stateless.
   * Compiled when first read: its `\p{…}` look-arounds cost Chromium milliseconds to compile, so
   * per-node code should call `testPrefilter` instead.
   */
  readonly prefilter: RegExp;
  /**
   * Exactly `prefilter.test(text)` on the text without its invisible characters (a soft hyphen
   * inside "Mex\u00adico" is not shown, so it does not split the word), at the cost of a plain
   * regex: anchors are found without look-arounds and their word boundaries checked in code, so
   * nothing Unicode-heavy is compiled.
   * The scanner runs it on the text nodes `quickPrefilter` matches.
   */
  testPrefilter(text: string): boolean;
  /**
   * A necessary condition for `testPrefilter`, as one plain non-global regex (where an anchor may
   * start, word boundaries unchecked, or any invisible character is):
   * `testPrefilter(text)` implies `quickPrefilter.test(text)`.
   * The scanner's per-node loop runs only this built-in call, like a bare regex walk, and calls
   * `testPrefilter` on its few hits: the call chain per node cost 15-25% of a pass's walk on
   * text-heavy pages. Stateless (never global or sticky).
   */
  readonly quickPrefilter: RegExp;
  /**
   * False only when no mention can be in a block with this text: every form of every enabled name
   * has a run of letters (case and accents ignored) that is not a whole run of letters here. So
   * `detect(blocks)` finds nothing when this is false for every block, whatever the evidence.
   * Costs one pass over the text and no pattern compilation; for the scanner's candidate blocks.
   */
  mayMention(text: string): boolean;
  /**
   * Finds the mentions in the text blocks of one page. Pure and deterministic; results are ordered
   * by block then offset and never overlap. Texts are read as they are shown, without the invisible
   * characters of `invisible.ts`; a mention's offsets are in the text as given, and span its
   * invisible characters ("Mex\u00adico"). `page.text` is called at most once, and only when an
   * ambiguous form is not settled by its block, the other blocks, the title and the description.
   * Pass `signals` (from `pageSignals`) on incremental rescans so the page text is not read again;
   * the evidence of the new blocks is added to it. Signals gathered without a page text stand for
   * other blocks only: with them, `page.text` is still read when needed, as without signals.
   * So one page's blocks can be matched in several calls with the same results as in one: pass
   * each call the signals of all the blocks (gathered with an empty page; see `pageSignals`).
   */
  detect(blocks: readonly Block[], page: PageContext, signals?: PageSignals): Mention[];
  /**
   * Gathers page-level evidence from the title, description, the given blocks and the page text
   * (read once, now). Keep it for the page's lifetime and pass it to `detect` on rescans. With
   * `base`, the result is `base`'s evidence followed by this call's (`base` is unchanged), so
   * evidence can be gathered a few blocks at a time; the page text is then read only if `base`
   * does not include it already.
   */
  pageSignals(page: PageContext, blocks?: readonly Block[], base?: PageSignals): PageSignals;
}
