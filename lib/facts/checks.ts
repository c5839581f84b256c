/**
 * Small predicates behind the fact-pack schema (`schema.ts`), kept apart so each rule is stated
 * once, documented, and testable on its own.
 */
import type { IsoDate } from './types';

/** Longest quote the pack may carry, in words (fair use and readability). */
export const MAX_QUOTE_WORDS = 25;

/**
 * Words in a quote: runs between white space that contain a letter or digit. A dash standing alone
 * ("these – 27,898 – received") is punctuation, not a word; "nine-year-old" is one word.
 */
export function quoteWordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** True for `YYYY-MM-DD` strings naming a day that exists (no 2021-02-30). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The UTC calendar day of `date` as `YYYY-MM-DD` (the form every pack date uses). */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** True when `value` parses as an absolute URL whose scheme is https and which names a host. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(value);
  } catch {
    return false;
  }
}

/**
 * Spanish number convention of the pack (RAE/ASALE, Ortografía 2010): groups of three digits are
 * separated by a no-break space (U+00A0) from five digits on ("27 898"), four-digit numbers are
 * not grouped ("1544"), the decimal sign is a point ("1.5") and a no-break space precedes "%"
 * ("67 %"). A point or comma between digit groups ("27.898", "27,898") would be read differently
 * in Spain and in Mexico, so it is refused; so is an ordinary space, which can wrap mid-number.
 * Returns the offending numbers.
 */
export function spanishNumberProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/\d{1,3}(?:[.,]\d{3})+(?![\d])/g)) {
    problems.push(`"${match[0]}" uses "." or "," between digit groups`);
  }
  for (const match of text.matchAll(/\d{1,3}(?: \d{3})+(?![\d])/g)) {
    problems.push(`"${match[0]}" uses an ordinary space between digit groups`);
  }
  for (const match of text.matchAll(/\d[ ]?%/g)) {
    problems.push(`"${match[0]}" needs a no-break space (U+00A0) before %`);
  }
  return problems;
}

/** True when `text` contains something that looks like an HTML tag (for plain-text fields). */
export function hasMarkup(text: string): boolean {
  return /<[A-Za-z/!?]/.test(text);
}
