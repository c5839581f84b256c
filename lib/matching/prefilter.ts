/**
 * The prefilter: a cheap test the DOM scanner runs on every text node before assembling blocks.
 * It looks for a few "anchor" words, chosen so that every form of every enabled name contains one.
 *
 * It exists in two forms with the same answers: the `prefilter` regex of the API (word boundaries
 * as `\p{…}` look-arounds, which cost Chromium milliseconds to compile), and `test`, which finds
 * anchors with a plain regex and checks the word boundaries in code (`char-classes.ts`).
 */
import type { DetectorName } from './api';
import { isWordCharAt } from './char-classes';
import { INVISIBLE_CLASS } from './invisible';
import { loosePattern, matchEndAt } from './loose-pattern';
import { phraseBody, phraseKey, phraseSource } from './patterns';

const MIN_ANCHOR_LETTERS = 4;

/** The words of a form that may anchor it: long words, or its longest word if all are short. */
function anchorCandidates(form: string): string[] {
  const words = phraseKey(form).split(' ');
  const long = words.filter((word) => word.length >= MIN_ANCHOR_LETTERS);
  if (long.length > 0) return long;
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  return longest ? [longest] : [];
}

/**
 * Picks anchor words greedily (the word in most uncovered forms first, ties to the longer word,
 * then alphabetical), so the set is small and deterministic: e.g. "mexico", "proteccion",
 * "protection", "protocols", "mpp", "rmx".
 */
export function anchorWords(names: readonly DetectorName[]): string[] {
  let uncovered = names.flatMap((name) => name.forms.map(anchorCandidates));
  const anchors: string[] = [];
  while (uncovered.length > 0) {
    const counts = new Map<string, number>();
    for (const words of uncovered) {
      for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const [best] = [...counts.entries()].sort(
      ([a, m], [b, n]) => n - m || b.length - a.length || (a < b ? -1 : 1),
    );
    if (!best) break;
    anchors.push(best[0]);
    uncovered = uncovered.filter((words) => !words.includes(best[0]));
  }
  return anchors.sort();
}

/** The prefilter of a set of names. */
export interface Prefilter {
  /**
   * A non-global, case- and accent-insensitive regex matching any anchor word as a whole word,
   * compiled on first call. With no enabled names it never matches.
   */
  regex(): RegExp;
  /** Exactly `regex().test(text)`, without compiling `regex()`. */
  test(text: string): boolean;
  /**
   * A necessary condition for `test`: a plain, non-global regex finding where an anchor may start,
   * word boundaries unchecked, so `test(text)` implies `quick.test(text)`. One built-in call per
   * text, for the scanner's per-node loop; `test` runs only where this matches. Stateless. It also
   * matches any character of `invisible.ts`, so that `test(withoutInvisible(text))` implies
   * `quick.test(text)` as well.
   */
  readonly quick: RegExp;
}

/**
 * Everything a prefilter needs except the compiled regexes: plain data, so the build can compute
 * it once for the fact pack's names (`DetectorData.prefilterPlan`) and the content script skips
 * choosing anchors and spelling out their patterns on every page load.
 */
export interface PrefilterPlan {
  anchors: string[];
  /** Finds where an anchor may start (the `quick` regex): the anchors' loose patterns. */
  find: string;
  flags: string;
  /** One loose sticky pattern per anchor, with whether its ends need a word boundary. */
  each: { body: string; startsWord: boolean; endsWord: boolean }[];
}

/** The plan of the prefilter of `names`. Deterministic. */
export function prefilterPlan(names: readonly DetectorName[]): PrefilterPlan {
  const anchors = anchorWords(names);
  const bodies = anchors.map((word) => phraseBody(word, false));
  const each = bodies.map(({ body, startsWord, endsWord }) => ({
    body: loosePattern(body),
    startsWord,
    endsWord,
  }));
  return {
    anchors,
    find: each.map(({ body }) => body).join('|'),
    flags: bodies.some((body) => body.unicode) ? 'iu' : 'i',
    each,
  };
}

/** Builds the prefilter of `names` (see `prefilterFromPlan`). */
export function createPrefilter(names: readonly DetectorName[]): Prefilter {
  return prefilterFromPlan(prefilterPlan(names));
}

/**
 * Builds a prefilter from its plan. `test` runs one look-around-free regex (without the `u` flag
 * unless an anchor has a letter outside ASCII and the accented ones) that finds where an anchor
 * may start; only there are the anchors tried one by one and their word boundaries checked. An
 * anchor is a single word whose only variable part is a run of combining marks after a letter, so
 * it matches at most one way at a position and the boundary check after it is exact.
 *
 * That finding regex is `quick` itself, searched from each next position: V8 compiles a regex on
 * its first use, once per string width (`loose-pattern.ts` says what that costs), and a second,
 * global copy of the same pattern would pay that again on the first text node `quick` passes.
 */
export function prefilterFromPlan({
  anchors,
  find: findSource,
  flags,
  each: plans,
}: PrefilterPlan): Prefilter {
  // Any invisible character is a hit too: the matcher tests a text without them ("Mex\u00adico").
  const quick =
    anchors.length === 0 ? /(?!)/ : new RegExp(`${findSource}|${INVISIBLE_CLASS}`, flags);
  const each = plans.map(({ body, startsWord, endsWord }) => ({
    sticky: new RegExp(body, `y${flags}`),
    startsWord,
    endsWord,
  }));
  const wholeWordAt = (text: string, at: number): boolean =>
    each.some(({ sticky, startsWord, endsWord }) => {
      if (startsWord && isWordCharAt(text, at, true)) return false;
      return matchEndAt(sticky, text, at, endsWord) >= 0;
    });
  let exact: RegExp | undefined;
  return {
    quick,
    regex: () =>
      (exact ??=
        anchors.length === 0
          ? /(?!)/u
          : new RegExp(anchors.map((word) => phraseSource(word, false)).join('|'), 'iu')),
    test(text) {
      if (anchors.length === 0) return false;
      // `search` ignores and keeps lastIndex, so `quick` stays stateless for the scanner's loop.
      for (let from = 0; ;) {
        const found = (from === 0 ? text : text.slice(from)).search(quick);
        if (found < 0) return false;
        if (wholeWordAt(text, from + found)) return true;
        from += found + 1;
      }
    },
  };
}
