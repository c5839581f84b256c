import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  charKind,
  isLatin,
  isWordCharAt,
  MARK,
  NOT_WORD,
  WORD_START_CHAR,
  wordEnd,
  wordStart,
} from '@/lib/matching/char-classes';

const EXACT_MARK = /\p{M}/u;
const EXACT_WORD_START = /[\p{L}\p{N}_]/u;
const exactKind = (point: number) => {
  const char = String.fromCodePoint(point);
  if (EXACT_MARK.test(char)) return MARK;
  return EXACT_WORD_START.test(char) ? WORD_START_CHAR : NOT_WORD;
};

/** The words the regex the tokenizer replaces would find, as [start, end] pairs. */
const regexWords = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*/gu)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);

const codeWords = (text: string) => {
  const words: number[][] = [];
  for (let start = wordStart(text, 0); start >= 0;) {
    const end = wordEnd(text, start);
    words.push([start, end]);
    start = wordStart(text, end);
  }
  return words;
};

/** Letters, marks, digits, punctuation, spaces, surrogate pairs and lone surrogates. */
const TRICKY = [
  'a',
  'Z',
  'é',
  'É',
  '\u0301',
  '\u0345',
  '_',
  '7',
  '²',
  '½',
  ' ',
  '\u00a0',
  '-',
  '’',
  '“',
  '\u200b',
  'ʰ',
  '˂',
  'ſ',
  'Ω',
  'Ж',
  '中',
  '\u0903',
  '\ud835\udc00',
  '\ud83d\ude00',
  '\ud800',
  '\udc00',
];

describe('charKind', () => {
  it('agrees with \\p{M} and [\\p{L}\\p{N}_] on every BMP code point', () => {
    const wrong: string[] = [];
    for (let point = 0; point <= 0xffff; point++) {
      if (charKind(point) !== exactKind(point)) wrong.push(point.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    [0x1d400, WORD_START_CHAR],
    [0x1f600, NOT_WORD],
    [0x1d165, MARK],
    [0x1d7ce, WORD_START_CHAR],
  ])('answers astral code point %s', (point, kind) => {
    expect(charKind(point)).toBe(kind);
  });
});

describe('isWordCharAt', () => {
  it.each([
    ['a b', 0, false, true],
    ['a b', 1, false, false],
    ['a b', 2, true, false],
    ['ab', 1, true, true],
    ['x\u0301', 1, false, true],
    ['\ud835\udc00x', 2, true, true],
    ['a\udc00x', 2, true, false],
    ['abc', 3, false, false],
    ['abc', 0, true, false],
  ])('"%s" at %i (before: %s) is %s', (text, index, before, expected) => {
    expect(isWordCharAt(text, index, before)).toBe(expected);
  });
});

describe('wordStart and wordEnd', () => {
  it.each([
    'Remain in Mexico',
    'Me\u0301xico’s MPP-era',
    '\u0301MPP',
    'x²½ y_z',
    'Ωμέγα Жить 中文',
    'asylum𝐀 asylum',
    '\ud800MPP\udc00 ',
    '',
  ])('cut "%s" where the Unicode word regex does', (text) => {
    expect(codeWords(text)).toEqual(regexWords(text));
  });

  it('cut any text where the Unicode word regex does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(codeWords(text)).toEqual(regexWords(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isLatin', () => {
  it.each([
    ['Remain in “Mexico” — the policy…', true],
    ['Quédate en México, ¿verdad?', true],
    ['Me\u0301xico', true],
    ['µg', false],
    ['perſecution', false],
    ['\u212aelvin', false],
    ['Ωμέγα', false],
    ['→', false],
    ['😀', false],
  ])('"%s" is %s', (text, expected) => {
    expect(isLatin(text)).toBe(expected);
  });
});
