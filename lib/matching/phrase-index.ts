/**
 * Finds many plain phrases in a text in one left-to-right pass. Used for policy names, context
 * cues and other-sense words alike.
 *
 * Why not one big alternation regex: a case-insensitive Unicode alternation of a few hundred
 * phrases costs V8 seconds per megabyte. Instead the text is cut into words in code
 * (`char-classes.ts`), each word (accents folded, lower case) is looked up in a map of phrase
 * first words, and only the few phrases starting with that word are tried, with small sticky
 * regexes compiled the first time their word is met. The cost is linear in the text length. The
 * regexes leave runs of combining marks and of white space unbounded and `matchEndAt` checks the
 * bounds in code, which V8 compiles several times faster (see `loose-pattern.ts`).
 */
import { isWordCharAt, wordEnd, wordStart } from './char-classes';
import { loosePattern, matchEndAt } from './loose-pattern';
import { foldAccents, phraseBody, phraseKey } from './patterns';

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
  sticky: RegExp;
  /** The phrase ends with a word character, so the text must not go on with one. */
  endsWord: boolean;
  key: string;
  values: T[];
}

const NON_ASCII = /[\u0080-\uffff]/;

/** The lookup form of one word: lower case, accents folded. */
function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? foldAccents(lower) : lower;
}

function firstWordKey(phrase: string): string {
  const trimmed = phrase.trim();
  if (wordStart(trimmed, 0) !== 0) {
    throw new Error(`A phrase must start with a letter or digit: "${phrase}"`);
  }
  return wordKey(trimmed.slice(0, wordEnd(trimmed, 0)));
}

/**
 * The candidates of one first word: one per distinct pattern, with the values of every entry that
 * compiles to it, longest first so "asylum seekers" wins over "asylum" at the same word.
 */
function compileGroup<T>(entries: readonly PhraseEntry<T>[]): Candidate<T>[] {
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
      sticky: new RegExp(loosePattern(body), `${caseSensitive ? '' : 'i'}${unicode ? 'u' : ''}y`),
      endsWord,
      key: phraseKey(phrase),
      values: [value],
    });
  }
  return [...bySource.values()].sort(
    (a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1),
  );
}

/**
 * Groups the entries by first word (and rejects a phrase that cannot start a word) at once; a
 * group's regexes are built the first time a text contains its word, then reused for every text.
 */
export function createPhraseIndex<T>(entries: readonly PhraseEntry<T>[]): PhraseIndex<T> {
  const pending = new Map<string, PhraseEntry<T>[]>();
  for (const entry of entries) {
    const first = firstWordKey(entry.phrase);
    const group = pending.get(first);
    if (group) group.push(entry);
    else pending.set(first, [entry]);
  }
  const byFirstWord = new Map<string, Candidate<T>[]>();
  const candidatesOf = (word: string): Candidate<T>[] | undefined => {
    let candidates = byFirstWord.get(word);
    if (candidates) return candidates;
    const group = pending.get(word);
    if (!group) return undefined;
    candidates = compileGroup(group);
    byFirstWord.set(word, candidates);
    return candidates;
  };

  /** The hit of the phrase starting with the word at [start, end), if any. */
  const hitAt = (text: string, start: number, end: number): PhraseHit<T> | undefined => {
    // A word may only follow a combining mark that has no letter before it ("\u0301MPP").
    if (start > 0 && isWordCharAt(text, start, true)) return undefined;
    const candidates = candidatesOf(wordKey(text.slice(start, end)));
    for (const { sticky, endsWord, key, values } of candidates ?? []) {
      const matchEnd = matchEndAt(sticky, text, start, endsWord);
      if (matchEnd >= 0) {
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
