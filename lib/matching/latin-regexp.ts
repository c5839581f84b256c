/**
 * Regexes written with Unicode property classes (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}`, `\p{N}`)
 * that cost a plain regex on Latin-script text, with exactly the same results.
 *
 * Why: V8 builds its Unicode tables the first time a `\p{…}` regex is created and runs (and
 * case-closed copies under the `i` flag): 2–100 ms per regex in Chromium, paid again on every page
 * load by the content script. Each regex here is therefore compiled in two versions, both lazily:
 * - fast: every `\p{…}` replaced by its members among the "Latin" characters below, without the
 *   `u` flag; used when every character of the input is Latin;
 * - exact: the source as written, with its flags; used for any other input.
 *
 * "Latin" characters are those of `isLatin` (`char-classes.ts`): Latin-1, the combining marks and
 * General Punctuation, less two Greek case variants. On them, the two versions agree character by
 * character, with and without `i` (checked exhaustively in the unit tests). The source may not use
 * `\P`, `\w`, `\b` or `\u{…}`, whose meaning also differs between the modes, nor `\p{Lu}` or
 * `\p{Ll}` with the `i` flag.
 */
import { isLatin } from './char-classes';

/** Each supported property's members among the Latin characters, as class ranges. */
const LATIN_MEMBERS: Readonly<Record<string, string>> = {
  L: 'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff',
  Lu: 'A-Z\\xc0-\\xd6\\xd8-\\xde',
  Ll: 'a-z\\xb5\\xdf-\\xf6\\xf8-\\xff',
  M: '\\u0300-\\u036f',
  N: '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe',
};

const UNSUPPORTED = /\\[PwWbB]|\\u\{/;

/** The fast version's source: each `\p{X}` replaced by its Latin members (in brackets outside a class). */
export function latinSource(source: string): string {
  if (UNSUPPORTED.test(source)) throw new Error(`Unsupported escape in /${source}/`);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      if (source[i + 1] === 'p') {
        const property = /^\\p\{(\w+)\}/.exec(source.slice(i));
        const members = LATIN_MEMBERS[property?.[1] ?? ''];
        if (!property || members === undefined) throw new Error(`Unsupported class in /${source}/`);
        out += inClass ? members : `[${members}]`;
        i += property[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char;
  }
  return out;
}

/** A regex in its two versions; `pick` chooses the one that is exact for a given input. */
export interface LatinRegExp {
  /** The exact version's source and flags, as written. */
  readonly source: string;
  readonly flags: string;
  /** The version to run on `text` (for `replace`, `match`, `split`). */
  pick(text: string): RegExp;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * A regex from its source (write it with `String.raw`) and flags (`u` included). Nothing is compiled
 * until first use, and each version only for the inputs that need it.
 */
export function latinRegExp(source: string, flags: string): LatinRegExp {
  // Case-insensitively, \p{Lu} and \p{Ll} mean any cased letter, with exceptions (ß, ÿ) the
  // short lists cannot express: \p{L} says the same more plainly.
  if (flags.includes('i') && /\\p\{L[lu]\}/.test(source)) {
    throw new Error(`Use \\p{L} in a case-insensitive /${source}/`);
  }
  const fastSource = latinSource(source);
  const fastFlags = flags.replace('u', '');
  let fast: RegExp | undefined;
  let exact: RegExp | undefined;
  const pick = (text: string): RegExp =>
    isLatin(text)
      ? (fast ??= new RegExp(fastSource, fastFlags))
      : (exact ??= new RegExp(source, flags));
  return {
    source,
    flags,
    pick,
    test: (text) => pick(text).test(text),
    exec: (text) => pick(text).exec(text),
  };
}
