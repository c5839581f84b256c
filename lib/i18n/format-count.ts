/**
 * Whole numbers written as `Intl.NumberFormat(lang).format` writes them in our languages, without
 * asking ICU: the first `Intl.NumberFormat` of a page costs Chromium 156 about 30 ms of CPU (33-45
 * ms of wall time measured in a fresh page; `Intl.PluralRules` costs 2-6 ms), and the content
 * script announces a page's mention count right after its first scan, where that made a task of
 * over 50 ms on a page that was already busy. Counts are all we format there.
 *
 * CLDR: English groups thousands with "," from 1,000; Spanish with "." from 10.000 only (its
 * minimum grouping digits is 2, so 1234 stays "1234"). A unit test checks both against ICU.
 */
import type { Lang } from '../facts/types';

const SEPARATOR: Record<Lang, string> = { en: ',', es: '.' };
/** The fewest digits a number has for its thousands to be grouped. */
const GROUP_FROM: Record<Lang, number> = { en: 4, es: 5 };

/**
 * `count` as the language writes it, or undefined when it is not a safe integer (fractions,
 * NaN, infinities, huge values), which callers leave to `Intl.NumberFormat`.
 */
export function formatCount(count: number, lang: Lang): string | undefined {
  if (!Number.isSafeInteger(count)) return undefined;
  const digits = String(Math.abs(count));
  const sign = count < 0 ? '-' : '';
  if (digits.length < GROUP_FROM[lang]) return sign + digits;
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return sign + groups.join(SEPARATOR[lang]);
}
