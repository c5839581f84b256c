import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../lib/facts/types';
import { formatCount } from '../../../lib/i18n/format-count';

const LANGS: Lang[] = ['en', 'es'];

describe('formatCount', () => {
  it.each([
    [0, 'en', '0'],
    [1, 'es', '1'],
    [999, 'en', '999'],
    [1000, 'en', '1,000'],
    [1000, 'es', '1000'],
    [9999, 'es', '9999'],
    [10000, 'es', '10.000'],
    [1234567, 'en', '1,234,567'],
    [1234567, 'es', '1.234.567'],
    [-1234, 'en', '-1,234'],
    [-1234, 'es', '-1234'],
    [-12345, 'es', '-12.345'],
  ] as const)('%d in %s is %s', (count, lang, expected) => {
    expect(formatCount(count, lang)).toBe(expected);
  });

  it('writes every safe integer as ICU does, in both languages', () => {
    const icu = Object.fromEntries(LANGS.map((lang) => [lang, new Intl.NumberFormat(lang)]));
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -20_000, max: 20_000 }), fc.maxSafeInteger(), fc.integer()),
        fc.constantFrom(...LANGS),
        (count, lang) => {
          expect(formatCount(count, lang)).toBe(icu[lang]!.format(count));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves what is not a safe integer to Intl.NumberFormat', () => {
    for (const value of [1.5, NaN, Infinity, -Infinity, 2 ** 60]) {
      expect(formatCount(value, 'en')).toBeUndefined();
    }
  });
});
