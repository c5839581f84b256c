/**
 * Text folding and light stemming for matching an article's words against fact words in English
 * and Spanish. Deliberately simple and predictable (no dictionary): enough to make "kidnapped",
 * "kidnapping" and "kidnap", or "secuestro", "secuestrados" and "secuestrada", meet.
 */

/**
 * Lower case, accents removed ("Juárez" → "juarez"), curly apostrophes straightened, and digit
 * groups joined so that "27,898" (English) and "27 898" (Spanish) both read "27898".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/(\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
}

/** The words of `text` after folding: runs of letters and digits. */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Longest first, so "aciones" wins over "es". Endings of both languages, applied to every word.
const SUFFIXES = [
  'aciones',
  'iciones',
  'ciones',
  'ations',
  'acion',
  'icion',
  'ation',
  'mente',
  'ings',
  'ados',
  'adas',
  'idos',
  'idas',
  'ing',
  'ies',
  'ado',
  'ada',
  'ido',
  'ida',
  'ed',
  'es',
  'os',
  'as',
  's',
  'a',
  'o',
  'e',
];

/**
 * A light stem: the longest listed ending removed when at least three letters remain, then a final
 * doubled consonant undone ("kidnapp" → "kidnap"). Numbers are left alone.
 */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  const suffix = SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= 3);
  const base = suffix ? word.slice(0, -suffix.length) : word;
  return /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
}

/**
 * True when two stems name the same word: equal, or one a prefix of the other with at least five
 * letters in common ("violenc" and "violenci", "deport" and "deportad").
 */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}
