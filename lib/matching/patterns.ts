/**
 * Regex building blocks shared by every matcher index.
 *
 * A "plain phrase" from the fact pack ("Remain in Mexico", "Queen's Park") is compiled into a regex
 * source that tolerates what real pages do to it: any case (unless asked otherwise), missing or
 * decomposed accents, runs of spaces, non-breaking spaces and line breaks between words, and
 * hyphens instead of spaces. Every quantifier is bounded so no pattern can backtrack
 * catastrophically, whatever the page text.
 */

import { isWordCharAt } from './char-classes';
import { latinRegExp } from './latin-regexp';

/**
 * A word character: any letter, combining mark, digit or underscore (Unicode-aware `\w`). Only the
 * exact `prefilter` uses it in a regex; everything on the per-page path checks words in code
 * (`char-classes.ts`).
 */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

/** Zero-width: the next character starts a word (nothing word-like right before it). */
export const WORD_START = `(?<!${WORD_CHAR})`;

/** Zero-width: the previous character ends a word (nothing word-like right after it). */
export const WORD_END = `(?!${WORD_CHAR})`;

// \s already covers NBSP (U+00A0), narrow NBSP (U+202F), thin spaces and line breaks; the zero-width
// space is added because CMSs insert it as a line-break hint.
export const SPACE = '[\\s\\u200b]';
export const HYPHEN = '[\\-\\u2010\\u2011]';
/** The most white space a separator may be, and the most on either side of its hyphen. */
export const MAX_SPACES = 40;
export const MAX_SPACES_AROUND_HYPHEN = 3;

/**
 * Between two words of a phrase: a run of white space, or a hyphen with a little space either side.
 * The run may be long: a name broken across lines of indented HTML source ("Remain in\n
 * Mexico") reaches the DOM with the line break and all the indentation. Bounded, so a name cannot
 * span a page of blank space; compiled regexes check the bound in code (`loose-pattern.ts`).
 */
export const SEPARATOR = `(?:${SPACE}{1,${MAX_SPACES}}|${SPACE}{0,${MAX_SPACES_AROUND_HYPHEN}}${HYPHEN}${SPACE}{0,${MAX_SPACES_AROUND_HYPHEN}})`;

/** Splits a plain phrase into its words (the same separators the compiled pattern tolerates). */
const SPLIT = /[\s\u200b\-\u2010\u2011]+/;

/** Letters that may carry an accent on real pages; each maps to the class it matches. */
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'aáàâäã',
  e: 'eéèêë',
  i: 'iíìîï',
  o: 'oóòôöõ',
  u: 'uúùûü',
  n: 'nñ',
  c: 'cç',
};

const APOSTROPHE = "['\\u2019\\u02bc]";
/** Combining marks a pattern allows after an accented letter ("e" + U+0301): at most this many. */
export const MAX_MARK_RUN = 2;
/** One combining mark, as an explicit block (not \p{M}: case-insensitive compiling stays cheap). */
export const MARK = '[\\u0300-\\u036f]';
/** The source of that run of marks, as `phraseBody` writes it after each accented letter. */
export const MARK_RUN = `${MARK}{0,${MAX_MARK_RUN}}`;

const MARKS = latinRegExp(String.raw`\p{M}`, 'gu');
const NON_ASCII = /[\u0080-\uffff]/;

/** Strips accents and marks: "Protección" → "Proteccion". */
export function foldAccents(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const decomposed = text.normalize('NFD');
  return decomposed.replace(MARKS.pick(decomposed), '');
}

/**
 * The lookup key of a phrase or of a matched text: accents folded, lower case, apostrophes unified
 * and every separator collapsed to one space. Two texts the same compiled pattern accepts always
 * have the same key, so a match can be traced back to the phrase that produced it.
 */
export function phraseKey(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[\u2019\u02bc\u2018]/g, "'")
    .split(SPLIT)
    .filter(Boolean)
    .join(' ');
}

const NOT_LETTERS = latinRegExp(String.raw`[^\p{L}]`, 'gu');

/** True when every letter of the phrase is a capital and there are at least two ("DHS", "PC MPP"). */
export function isAllCapsPhrase(phrase: string): boolean {
  const letters = phrase.replace(NOT_LETTERS.pick(phrase), '');
  return (
    letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

function escapeChar(char: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

/**
 * The two ASCII letters that the `iu` flags match to one more character each than `i` alone does
 * (their Unicode case foldings): spelled out, a case-insensitive source means the same without `u`.
 */
const FOLDS_TO: Readonly<Record<string, string>> = { s: '[s\\u017f]', k: '[k\\u212a]' };

/** One character's source, and whether it needs the `u` flag to mean what it does with `iu`. */
function charSource(char: string, caseSensitive: boolean): { source: string; unicode: boolean } {
  if (char === "'" || char === '\u2019' || char === '\u02bc') {
    return { source: APOSTROPHE, unicode: false };
  }
  if (caseSensitive) return { source: escapeChar(char), unicode: false };
  const base = foldAccents(char).toLowerCase();
  const accented = ACCENTED[base];
  // A decomposed accent ("e" + U+0301) follows its letter as a combining mark. The explicit
  // block (not \p{M}) keeps case-insensitive compilation cheap.
  if (accented) return { source: `[${accented}]${MARK_RUN}`, unicode: false };
  return { source: FOLDS_TO[base] ?? escapeChar(base), unicode: NON_ASCII.test(base) };
}

/**
 * The regex source of a plain phrase without word boundaries, and whether its ends need one (a
 * phrase ending in "." or "+" does not). Case-insensitive sources must be compiled with the `i`
 * flag. Only a case-insensitive phrase with a letter outside ASCII and the accented letters above
 * (`unicode`) needs the `u` flag; every other source means exactly the same with or without it,
 * and compiles faster without. Free of `\p{…}` classes, so thousands compile quickly.
 */
export function phraseBody(
  phrase: string,
  caseSensitive: boolean,
): { body: string; startsWord: boolean; endsWord: boolean; unicode: boolean } {
  const words = phrase.trim().split(SPLIT).filter(Boolean);
  let unicode = false;
  const body = words
    .map((word) =>
      Array.from(word, (char) => {
        const one = charSource(char, caseSensitive);
        unicode ||= one.unicode;
        return one.source;
      }).join(''),
    )
    .join(SEPARATOR);
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  return {
    body,
    startsWord: first !== '' && isWordCharAt(first, 0),
    endsWord: last !== '' && isWordCharAt(last, last.length, true),
    unicode,
  };
}

/** The regex source of a plain phrase with word boundaries on its word-character ends. */
export function phraseSource(phrase: string, caseSensitive: boolean): string {
  const { body, startsWord, endsWord } = phraseBody(phrase, caseSensitive);
  return `${startsWord ? WORD_START : ''}${body}${endsWord ? WORD_END : ''}`;
}
