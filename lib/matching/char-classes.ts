/**
 * The matcher's word characters (`\p{L}`, `\p{M}`, `\p{N}` and `_`), answered in code.
 *
 * Why not a `\p{…}` regex: V8 builds its Unicode property tables the first time such a regex runs
 * (2–100 ms in Chromium, on every page load), and the content script asks about the characters
 * around every candidate. A small table answers U+0000–U+036F (Latin, IPA, spacing modifiers and
 * combining diacritics) and General Punctuation exactly; the `\p` regexes are compiled only the
 * first time any other character needs an answer.
 */

/** What a code point is to the word rules: not a word character, a word start, or a mark. */
export type CharKind = 0 | 1 | 2;
export const NOT_WORD: CharKind = 0;
/** A letter, a digit (any `\p{N}`) or `_`: may start a word. */
export const WORD_START_CHAR: CharKind = 1;
/** A combining mark (`\p{M}`): inside a word, never starts one. */
export const MARK: CharKind = 2;

const TABLE_END = 0x370;
/** `[\p{L}\p{N}_]` below U+0370, as inclusive ranges (checked against `\p` in the unit tests). */
const WORD_STARTS: readonly (readonly [number, number])[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb2, 0xb3],
  [0xb5, 0xb5],
  [0xb9, 0xba],
  [0xbc, 0xbe],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2c1],
  [0x2c6, 0x2d1],
  [0x2e0, 0x2e4],
  [0x2ec, 0x2ec],
  [0x2ee, 0x2ee],
];
/** `\p{M}` below U+0370: the combining diacritical marks block. */
const MARKS = [0x300, 0x36f] as const;

const TABLE = new Uint8Array(TABLE_END);
for (const [from, to] of WORD_STARTS) TABLE.fill(WORD_START_CHAR, from, to + 1);
TABLE.fill(MARK, MARKS[0], MARKS[1] + 1);

let exactMark: RegExp | undefined;
let exactWordStart: RegExp | undefined;

/** The kind of one code point. */
export function charKind(point: number): CharKind {
  if (point < TABLE_END) return TABLE[point] as CharKind;
  // General Punctuation (curly quotes, dashes, zero-width and special spaces): never word-like.
  if (point >= 0x2000 && point <= 0x206f) return NOT_WORD;
  const char = String.fromCodePoint(point);
  exactMark ??= /\p{M}/u;
  if (exactMark.test(char)) return MARK;
  exactWordStart ??= /[\p{L}\p{N}_]/u;
  return exactWordStart.test(char) ? WORD_START_CHAR : NOT_WORD;
}

/** The code point starting at `index` (a lone surrogate is its own code point). */
function pointAt(text: string, index: number): number {
  return text.codePointAt(index) ?? -1;
}

/**
 * Whether the code point starting at `index` is a word character (`[\p{L}\p{M}\p{N}_]`), or, with
 * `before`, the code point ending just before `index`. False outside the text.
 */
export function isWordCharAt(text: string, index: number, before = false): boolean {
  let at = index;
  if (before) {
    at = index - 1;
    const low = text.charCodeAt(at);
    if (low >= 0xdc00 && low <= 0xdfff && at > 0) {
      const high = text.charCodeAt(at - 1);
      if (high >= 0xd800 && high <= 0xdbff) at -= 1;
    }
  }
  if (at < 0 || at >= text.length) return false;
  return charKind(pointAt(text, at)) !== NOT_WORD;
}

/** The index of the first code point at or after `from` of kind `stop`, or the text's length. */
function seek(text: string, from: number, stop: CharKind): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // The fast lane: ASCII, by far the most common case.
    const kind = code < 0x80 ? (TABLE[code] as CharKind) : charKind(pointAt(text, i));
    if (kind === stop) return i;
    i += code >= 0xd800 && code <= 0xdbff && pointAt(text, i) > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * The start of the first word at or after `from` (a word starts with a letter, digit or `_`; see
 * `wordEnd`), or -1: where the regex `[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*` (flags `gu`) finds it.
 */
export function wordStart(text: string, from: number): number {
  const at = seek(text, from, WORD_START_CHAR);
  return at < text.length ? at : -1;
}

/**
 * The end (exclusive) of the word starting at `start`: it goes on over letters, marks, digits
 * and `_`.
 */
export function wordEnd(text: string, start: number): number {
  return seek(text, start, NOT_WORD);
}

/**
 * Characters on which a regex means the same with and without the `u` flag, and a `\p{L}`,
 * `\p{Lu}`, `\p{Ll}`, `\p{M}` or `\p{N}` class the same as its short Latin list (see
 * `latin-regexp.ts`): U+0000–U+00FF except µ, the combining marks except U+0345, and General
 * Punctuation. µ and U+0345 are case variants of Greek letters, which the `i` flag relates
 * differently in the two modes.
 */
const NOT_LATIN = /[\u0345\xb5\u0100-\u02ff\u0370-\u1fff\u2070-\uffff]/;

/** Whether every character of `text` is Latin in the sense above. */
export function isLatin(text: string): boolean {
  return !NOT_LATIN.test(text);
}
