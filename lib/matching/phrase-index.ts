/**
 * Finds many plain phrases in a text in one left-to-right pass. Used for policy names, context
 * cues and other-sense words alike.
 *
 * Why not one big alternation regex: a case-insensitive Unicode alternation of a few hundred
 * phrases costs V8 seconds per megabyte. Instead the text is cut into words by one simple regex,
 * each word (accents folded, lower case) is looked up in a map of phrase first words, and only
 * the few phrases starting with that word are tried, with small precompiled sticky regexes. The
 * cost is linear in the text length.
 */
import { foldAccents, isWordCharAt, phraseBody, phraseKey } from './patterns';

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

/** A word: starts with a letter, digit or `_`, then any word characters (including marks). */
const WORD = /[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*/gu;
const ASCII = /^[\p{ASCII}]*$/u;

/** The lookup form of one word: lower case, accents folded. */
function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return ASCII.test(lower) ? lower : foldAccents(lower);
}

function firstWordKey(phrase: string): string {
  const first = /^[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*/u.exec(phrase.trim());
  if (!first) throw new Error(`A phrase must start with a letter or digit: "${phrase}"`);
  return wordKey(first[0]);
}

/** Compiles the entries once; `find` reuses the compiled regexes for every text. */
export function createPhraseIndex<T>(entries: readonly PhraseEntry<T>[]): PhraseIndex<T> {
  const bySource = new Map<string, Candidate<T> & { first: string }>();
  for (const { phrase, value, caseSensitive } of entries) {
    const { body, endsWord } = phraseBody(phrase, caseSensitive);
    const source = `${caseSensitive ? 'cs' : 'ci'}:${body}`;
    const known = bySource.get(source);
    if (known) {
      known.values.push(value);
      continue;
    }
    bySource.set(source, {
      // Word boundaries are checked in code: the start by the word cut, the end after the match.
      sticky: new RegExp(body, caseSensitive ? 'uy' : 'iuy'),
      endsWord,
      key: phraseKey(phrase),
      values: [value],
      first: firstWordKey(phrase),
    });
  }
  const byFirstWord = new Map<string, Candidate<T>[]>();
  for (const candidate of bySource.values()) {
    byFirstWord.set(candidate.first, [...(byFirstWord.get(candidate.first) ?? []), candidate]);
  }
  // Longest first, so "asylum seekers" wins over "asylum" at the same word.
  for (const list of byFirstWord.values()) {
    list.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
  }

  return {
    find(text) {
      const hits: PhraseHit<T>[] = [];
      let free = 0;
      WORD.lastIndex = 0;
      for (let word = WORD.exec(text); word; word = WORD.exec(text)) {
        const start = word.index;
        // A word may only follow a combining mark that has no letter before it ("\u0301MPP").
        if (start < free || (start > 0 && isWordCharAt(text, start, true))) continue;
        const candidates = byFirstWord.get(wordKey(word[0]));
        if (!candidates) continue;
        for (const { sticky, endsWord, key, values } of candidates) {
          sticky.lastIndex = start;
          const match = sticky.exec(text);
          if (!match) continue;
          const end = start + match[0].length;
          if (endsWord && isWordCharAt(text, end)) continue;
          hits.push({ start, end, text: match[0], key, values });
          free = end;
          break;
        }
      }
      return hits;
    },
  };
}
