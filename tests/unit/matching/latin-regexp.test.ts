import { describe, expect, it } from 'vitest';
import { isLatin } from '@/lib/matching/char-classes';
import { latinRegExp, latinSource } from '@/lib/matching/latin-regexp';
import * as words from '@/lib/matching/styling-words';
import { themes } from './cases';

/** Every Latin character (see `isLatin`), one string each. */
const LATIN = Array.from({ length: 0x10000 }, (_, point) => String.fromCharCode(point)).filter(
  (char) => isLatin(char),
);
const hex = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The Latin characters on which the two regexes disagree. */
function disagreements(fast: RegExp, exact: RegExp): string[] {
  return LATIN.filter((char) => fast.test(char) !== exact.test(char)).map(hex);
}

describe('latinSource', () => {
  it.each([
    [String.raw`\p{L}+`, String.raw`[A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff]+`],
    [String.raw`[\p{Lu}.]`, String.raw`[A-Z\xc0-\xd6\xd8-\xde.]`],
    [
      String.raw`(?![\p{L}\p{N}])`,
      String.raw`(?![A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff0-9\xb2\xb3\xb9\xbc-\xbe])`,
    ],
    [String.raw`a\\p{L}`, String.raw`a\\p{L}`],
    [String.raw`[\]\p{M}]`, String.raw`[\]\u0300-\u036f]`],
  ])('rewrites %s', (source, expected) => {
    expect(latinSource(source)).toBe(expected);
  });

  it.each([
    String.raw`\P{L}`,
    String.raw`\w+`,
    String.raw`\bx`,
    String.raw`\p{Script=Latin}`,
    String.raw`\p{Lo}`,
  ])('rejects %s, whose fast version would not be exact', (source) => {
    expect(() => latinSource(source)).toThrow();
  });
});

describe('the fast versions are exact on Latin text', () => {
  it.each([
    ['L', ['', 'i']],
    ['Lu', ['']],
    ['Ll', ['']],
    ['M', ['', 'i']],
    ['N', ['', 'i']],
  ])('\\p{%s}, alone and in classes, with flags %j', (property, flagSets) => {
    for (const source of [`\\p{${property}}`, `[\\p{${property}}_]`, `[^\\p{${property}}]`]) {
      for (const flags of flagSets) {
        const fast = new RegExp(latinSource(source), flags);
        expect(disagreements(fast, new RegExp(source, `${flags}u`)), `/${source}/${flags}`).toEqual(
          [],
        );
      }
    }
  });

  it('every Latin character as a literal, case-insensitively', () => {
    const wrong = LATIN.filter((literal) => {
      const source = hex(literal);
      return disagreements(new RegExp(source, 'i'), new RegExp(source, 'iu')).length > 0;
    });
    expect(wrong.map(hex)).toEqual([]);
  });

  const texts = themes.flatMap((theme) =>
    theme.cases.flatMap((c) =>
      c.blocks.map((block) => (typeof block === 'string' ? block : block.text)),
    ),
  );
  const patterns = Object.entries(words).flatMap(([name, value]) =>
    typeof value === 'object' && value !== null && 'pick' in value ? [[name, value] as const] : [],
  );

  it.each(patterns)(
    '%s gives the case table the same answers in both versions',
    (_name, pattern) => {
      const exact = new RegExp(pattern.source, pattern.flags);
      const windows = texts.flatMap((text) =>
        Array.from({ length: text.length + 1 }, (_, at) => [
          text.slice(at, at + 80),
          text.slice(Math.max(0, at - 80), at),
        ]).flat(),
      );
      const latin = windows.filter(isLatin);
      expect(latin.length).toBeGreaterThan(windows.length / 2);
      for (const window of latin) {
        expect(pattern.pick(window).test(window), window).toBe(exact.test(window));
      }
    },
  );
});

describe('latinRegExp', () => {
  const pattern = latinRegExp(String.raw`^\p{Lu}\p{Ll}+$`, 'u');

  it.each([
    ['México', true, ''],
    ['mexico', false, ''],
    ['Ωμέγα', true, 'u'],
    ['Ωmega', true, 'u'],
    ['Łódź', true, 'u'],
  ])('"%s" → %s, with the version for it (flags "%s")', (text, expected, flags) => {
    expect(pattern.test(text)).toBe(expected);
    expect(pattern.pick(text).flags).toBe(flags);
  });

  it('refuses \\p{Lu} and \\p{Ll} with the i flag', () => {
    expect(() => latinRegExp(String.raw`\p{Lu}`, 'iu')).toThrow();
    expect(() => latinRegExp(String.raw`\p{Ll}`, 'iu')).toThrow();
  });

  it('compiles each version once', () => {
    expect(pattern.pick('Uno')).toBe(pattern.pick('Dos'));
    expect(pattern.pick('Ωmega')).toBe(pattern.pick('Жить'));
  });
});
