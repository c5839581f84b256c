import { describe, expect, it } from 'vitest';
import {
  hasMarkup,
  isHttpsUrl,
  isRealIsoDate,
  quoteWordCount,
  spanishNumberProblems,
  toIsoDate,
} from '../../../lib/facts/checks';

describe('quoteWordCount', () => {
  it.each([
    ['Most of these – 27,898 – received deportation orders', 7],
    ['A nine-year-old girl', 3],
    ['  spaced   out  ', 2],
    ['', 0],
  ])('%j has %i words', (quote, count) => {
    expect(quoteWordCount(quote)).toBe(count);
  });
});

describe('isRealIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2021-02-30', false],
    ['2021-13-01', false],
    ['2021-1-01', false],
    ['12/06/2021', false],
    ['2021-06-01T00:00:00Z', false],
  ])('%s → %s', (value, expected) => {
    expect(isRealIsoDate(value)).toBe(expected);
  });

  it('toIsoDate gives the UTC day', () => {
    expect(toIsoDate(new Date('2025-01-21T23:30:00-05:00'))).toBe('2025-01-22');
  });
});

describe('isHttpsUrl', () => {
  it.each([
    ['https://www.dhs.gov/keywords/border-security', true],
    ['https://irtfcleveland.org/a?page=232&sort_order=DESC', true],
    ['http://trac.syr.edu/tracatwork/detail/A4480.html', false],
    ['javascript:alert(1)', false],
    ['//evil.example/', false],
    ['https://', false],
    ['https://example.org/a b', false],
  ])('%s → %s', (value, expected) => {
    expect(isHttpsUrl(value)).toBe(expected);
  });
});

describe('spanishNumberProblems', () => {
  it.each([
    ['27\u00a0898 órdenes, 1544 ataques, 1.5\u00a0% y 67\u00a0%', []],
    ['8 U.S.C. § 1225(b), No. 19-15716, PM 25-05', []],
    ['27.898 órdenes', ['"27.898" uses "." or "," between digit groups']],
    ['27,898 órdenes', ['"27,898" uses "." or "," between digit groups']],
    ['27 898 órdenes', ['"27 898" uses an ordinary space between digit groups']],
    [
      'el 67% y el 4 %',
      [
        '"7%" needs a no-break space (U+00A0) before %',
        '"4 %" needs a no-break space (U+00A0) before %',
      ],
    ],
  ])('%j → %j', (text, expected) => {
    expect(spanishNumberProblems(text)).toEqual(expected);
  });
});

describe('hasMarkup', () => {
  it.each([
    ['1 < 2', false],
    ['A <em>b</em>', true],
    ['</p>', true],
    ['<!-- x -->', true],
  ])('%j → %s', (text, expected) => {
    expect(hasMarkup(text)).toBe(expected);
  });
});
