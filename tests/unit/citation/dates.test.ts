import { describe, expect, it } from 'vitest';
import { formatDay, type DateStyle } from '../../../lib/citation/dates';
import type { Lang } from '../../../lib/facts/types';

describe('formatDay', () => {
  it.each<[string, Lang, DateStyle, string]>([
    ['2021-02-19', 'en', 'long', 'February 19, 2021'],
    ['2021-02-19', 'es', 'long', '19 de febrero de 2021'],
    ['2021-02-19', 'en', 'apa', '2021, February 19'],
    ['2021-02-19', 'es', 'apa', '2021, 19 de febrero'],
    ['2021-02-19', 'en', 'mla', '19 Feb. 2021'],
    ['2021-02-19', 'es', 'mla', '19 de febrero de 2021'],
    // MLA abbreviates months longer than four letters only, and September as "Sept."
    ['2019-05-01', 'en', 'mla', '1 May 2019'],
    ['2019-06-30', 'en', 'mla', '30 June 2019'],
    ['2019-07-02', 'en', 'mla', '2 July 2019'],
    ['2019-09-09', 'en', 'mla', '9 Sept. 2019'],
    ['2022-12-20', 'es', 'long', '20 de diciembre de 2022'],
  ])('writes %s in %s, %s style, as "%s"', (iso, lang, style, expected) => {
    expect(formatDay(iso, lang, style)).toBe(expected);
  });

  it('reads a timestamp by its written calendar day, whatever the time zone', () => {
    expect(formatDay('2025-01-22T23:30:00-08:00', 'en')).toBe('January 22, 2025');
  });

  it('reads a Date as the local calendar day (the reader’s today)', () => {
    expect(formatDay(new Date(2026, 0, 31, 23, 59), 'es')).toBe('31 de enero de 2026');
  });

  it.each(['Jan. 22, 2025', '2021-02-30', '  yesterday  ', ''])(
    'returns a string it cannot read as given (%j), trimmed',
    (value) => {
      expect(formatDay(value, 'en')).toBe(value.trim());
    },
  );

  it('returns nothing for an invalid Date', () => {
    expect(formatDay(new Date(Number.NaN), 'en')).toBe('');
  });
});
