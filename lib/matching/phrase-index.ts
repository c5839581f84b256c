/**
 * Finds many plain phrases in a text in one left-to-right pass. Used for policy names, context
 * cues and other-sense words alike.
 *
 * Why not one big alternation regex: a case-insensitive Unicode alternation of a few hundred
 * phrases costs V8 seconds per megabyte. Instead the text is cut into words in code
 * (`char-classes.ts`), each word's key (`wordKey`) is looked up in a map of phrase first words,
 * and only the few phrases starting with that word are tried: those of one word, and those whose
 * second word has the key of the text's next word. Each is a small sticky regex, built the first
 * time it is tried. The cost is linear in the text length. The regexes leave runs of combining
 * marks and of white space unbounded and `matchEndAt` checks the bounds in code, which V8 compiles
 * several times faster (see `loose-pattern.ts`).
 *
 * Why the second word: V8 compiles a regex on its first use, about 0.1 ms each in Chromium, and
 * one first word may start dozens of phrases ("MPP" starts 23 cue and other-sense phrases). Trying
 * them all the first time a page said "MPP" cost its first scan milliseconds; now only the phrases
 * whose second word the text has are ever compiled.
 */
import { isWordCharAt, wordEnd, wordStart } from './char-classes';
import { loosePattern, matchEndAt } from './loose-pattern';
import { phraseBody, phraseKey } from './patterns';

/** One phrase to look for, with the value a hit reports. */
export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  /** Match the letters' case exactly ("MPP", "ICE", "WHO"); otherwise any case. */
  caseSensitive: boolean;
}

/** A phrase found in a text. `start`/`end` are UTF-16 offsets, end exclusive. */
export interface PhraseHit<T> {
  start: number;
  end: number;
  text: string;
  /** Normalised key of the phrase (see `phraseKey`); equal for every spelling of one phrase. */
  key: string;
  /** The values of every entry with this spelling-insensitive pattern. */
  values: readonly T[];
}

/** A compiled set of phrases. */
export interface PhraseIndex<T> {
  /**
   * Every hit in `text`, ordered by start, never overlapping: at one position the longest phrase
   * wins, and a phrase that starts inside an earlier hit is not tried. Deterministic.
   */
  find(text: string): PhraseHit<T>[];
}

interface Candidate<T> {
  source: string;
  flags: string;
  /** Built the first time the candidate is tried. */
  sticky?: RegExp;
  /** The phrase ends with a word character, so the text must not go on with one. */
  endsWord: boolean;
  key: string;
  values: T[];
}

const NON_ASCII = /[\u0080-\uffff]/;
const NOT_KEY_CHAR = /[^a-z0-9_]/g;

/**
 * The lookup key of a word: lower case, then, if anything outside ASCII is left, decomposed and
 * kept to its ASCII letters, digits and `_` ("Juárez" → "juarez", "ΜΠΠ" → ""), reading the long s
 * as "s". Words that differ may share a key, but two words one phrase pattern matches never have
 * different keys: a pattern's letters match only their case and accent variants, the long s and
 * the Kelvin sign (`FOLDS_TO` in patterns.ts), and combining marks after its accented letters,
 * which the key drops. So a phrase whose first or second word has another key than the text's
 * cannot match there and is not tried (property-tested against trying every phrase everywhere).
 */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .replace(/\u017f/g, 's')
    .normalize('NFD')
    .replace(NOT_KEY_CHAR, '');
}

/** The key of the first word at or after `from` ("" if there is none). */
function nextWordKey(text: string, from: number): string {
  const start = wordStart(text, from);
  return start < 0 ? '' : wordKey(text.slice(start, wordEnd(text, start)));
}

function firstWordKey(phrase: string): string {
  const trimmed = phrase.trim();
  if (wordStart(trimmed, 0) !== 0) {
    throw new Error(`A phrase must start with a letter or digit: "${phrase}"`);
  }
  return wordKey(trimmed.slice(0, wordEnd(trimmed, 0)));
}

/** The key of a phrase's second word, or null for a phrase of one word. */
function secondWordKey(phrase: string): string | null {
  const trimmed = phrase.trim();
  const afterFirst = wordEnd(trimmed, 0);
  return wordStart(trimmed, afterFirst) < 0 ? null : nextWordKey(trimmed, afterFirst);
}

/** Longest key first, so "asylum seekers" wins over "asylum" at the same word; then by key. */
function byLength<T>(a: Candidate<T>, b: Candidate<T>): number {
  return b.key.length - a.key.length || (a.key < b.key ? -1 : 1);
}

/**
 * The candidates of some phrases of one first word: one per distinct pattern, with the values of
 * every entry that compiles to it, in `byLength` order.
 */
function compileCandidates<T>(entries: readonly PhraseEntry<T>[]): Candidate<T>[] {
  const bySource = new Map<string, Candidate<T>>();
  for (const { phrase, value, caseSensitive } of entries) {
    const { body, endsWord, unicode } = phraseBody(phrase, caseSensitive);
    const source = `${caseSensitive ? 'cs' : 'ci'}:${body}`;
    const known = bySource.get(source);
    if (known) {
      known.values.push(value);
      continue;
    }
    bySource.set(source, {
      // Word boundaries and the bounds of runs are checked in code: the start by the word cut, the
      // rest after the match.
      source: loosePattern(body),
      flags: `${caseSensitive ? '' : 'i'}${unicode ? 'u' : ''}y`,
      endsWord,
      key: phraseKey(phrase),
      values: [value],
    });
  }
  return [...bySource.values()].sort(byLength);
}

/** The phrases of one first word, by second word, and their candidates as far as built. */
interface Group<T> {
  single: PhraseEntry<T>[];
  bySecond: Map<string, PhraseEntry<T>[]>;
  /** Built candidates: `null`, those of `single`; a second word's key, those and its pairs'. */
  built: Map<string | null, Candidate<T>[]>;
}

/**
 * Groups the entries by first and second word (and rejects a phrase that cannot start a word) at
 * once. The candidates for a pair of words are built the first time a text has the pair, then
 * reused for every text.
 */
export function createPhraseIndex<T>(entries: readonly PhraseEntry<T>[]): PhraseIndex<T> {
  const groups = new Map<string, Group<T>>();
  for (const entry of entries) {
    const first = firstWordKey(entry.phrase);
    let group = groups.get(first);
    if (!group) groups.set(first, (group = { single: [], bySecond: new Map(), built: new Map() }));
    const second = secondWordKey(entry.phrase);
    if (second === null) group.single.push(entry);
    else if (group.bySecond.has(second)) group.bySecond.get(second)!.push(entry);
    else group.bySecond.set(second, [entry]);
  }

  /** The candidates at a word with key `first`, followed by the text from `end`. */
  const candidatesAt = (first: string, text: string, end: number): Candidate<T>[] | undefined => {
    const group = groups.get(first);
    if (!group) return undefined;
    let single = group.built.get(null);
    if (!single) group.built.set(null, (single = compileCandidates(group.single)));
    const second = group.bySecond.size > 0 ? nextWordKey(text, end) : '';
    const pairs = group.bySecond.get(second);
    if (!pairs) return single;
    let candidates = group.built.get(second);
    if (!candidates) {
      candidates = [...single, ...compileCandidates(pairs)].sort(byLength);
      group.built.set(second, candidates);
    }
    return candidates;
  };

  /** The hit of the phrase starting with the word at [start, end), if any. */
  const hitAt = (text: string, start: number, end: number): PhraseHit<T> | undefined => {
    // A word may only follow a combining mark that has no letter before it ("\u0301MPP").
    if (start > 0 && isWordCharAt(text, start, true)) return undefined;
    for (const candidate of candidatesAt(wordKey(text.slice(start, end)), text, end) ?? []) {
      candidate.sticky ??= new RegExp(candidate.source, candidate.flags);
      const matchEnd = matchEndAt(candidate.sticky, text, start, candidate.endsWord);
      if (matchEnd >= 0) {
        const { key, values } = candidate;
        return { start, end: matchEnd, text: text.slice(start, matchEnd), key, values };
      }
    }
    return undefined;
  };

  return {
    find(text) {
      const hits: PhraseHit<T>[] = [];
      let free = 0;
      for (let start = wordStart(text, 0); start >= 0;) {
        const end = wordEnd(text, start);
        const hit = start < free ? undefined : hitAt(text, start, end);
        if (hit) {
          hits.push(hit);
          free = hit.end;
        }
        start = wordStart(text, end);
      }
      return hits;
    },
  };
}
