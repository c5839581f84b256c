/**
 * Calendar days as the citation styles write them, in English and Spanish. Month names are spelled
 * out here rather than taken from `Intl` so that output is identical in every browser and test
 * runner, and so that MLA's own English abbreviations ("Sept.", "June") are exact.
 */
import type { IsoDate, Lang } from '../facts/types';

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

// MLA Handbook (9th ed.): abbreviate months longer than four letters.
const MLA_MONTHS_EN = 'Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.'.split(' ');

/**
 * How a day is written:
 * - `long`: "February 19, 2021" / "19 de febrero de 2021" (plain, Markdown, Chicago, prose);
 * - `apa`: "2021, February 19" / "2021, 19 de febrero" (inside APA's parentheses);
 * - `mla`: "19 Feb. 2021" / "19 de febrero de 2021".
 */
export type DateStyle = 'long' | 'apa' | 'mla';

/**
 * Writes `value` (a `YYYY-MM-DD` string, or a `YYYY-MM-DDT…` timestamp whose calendar day is
 * taken as written, or a `Date` read in local time, the reader's "today") in `style` and `lang`.
 * A string that does not start with a real ISO day is returned trimmed, as given: citations must
 * never throw on a page's odd metadata.
 */
export function formatDay(value: IsoDate | Date, lang: Lang, style: DateStyle = 'long'): string {
  const parts =
    typeof value === 'string'
      ? isoParts(value)
      : { year: value.getFullYear(), month: value.getMonth(), day: value.getDate() };
  if (!parts || Number.isNaN(parts.year)) return typeof value === 'string' ? value.trim() : '';
  const { year, month, day } = parts;
  const name = MONTHS[lang][month]!;
  if (style === 'apa')
    return lang === 'en' ? `${year}, ${name} ${day}` : `${year}, ${day} de ${name}`;
  if (lang === 'es') return `${day} de ${name} de ${year}`;
  if (style === 'mla') return `${day} ${MLA_MONTHS_EN[month]} ${year}`;
  return `${name} ${day}, ${year}`;
}

function isoParts(value: string): { year: number; month: number; day: number } | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month: month - 1, day };
}
