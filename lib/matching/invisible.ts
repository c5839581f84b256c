/**
 * Characters a page never shows inside a word: the soft hyphen (U+00AD, which publishers insert so
 * narrow columns can hyphenate: "Mex&shy;ico"), the word joiner (U+2060) and the zero-width
 * no-break space (U+FEFF). A reader sees "Mexico", so the matcher must too.
 *
 * The matcher reads a block's text with them taken out and maps what it finds back to offsets in
 * the text as given, so a mention's range covers the word with its soft hyphens. Texts without them
 * (nearly all) cost one regex test and are used as they are.
 */

/** The invisible characters as a regex class source, for a prefilter that must notice them. */
export const INVISIBLE_CLASS = '[\\u00ad\\u2060\\ufeff]';

const INVISIBLE = new RegExp(INVISIBLE_CLASS);
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'g');

/** `text` with the invisible characters removed (the same string when it has none). */
export function withoutInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}

/**
 * Words of the page as a reader sees them, for display (reasons, lists, snippets): without
 * invisible characters, and each run of white space as one space, since a name or a cue may span a
 * wrapped and indented source line ("asylum\n        seekers").
 */
export function asShown(text: string): string {
  return withoutInvisible(text).replace(/\s+/g, ' ');
}

/** A text with its invisible characters removed, and the way back to offsets in the original. */
export interface VisibleText {
  text: string;
  /**
   * The span in the original text of the visible span `[start, end)` (`start < end`): from its
   * first to its last visible character, with the invisible ones between them.
   */
  toSource(start: number, end: number): { start: number; end: number };
}

/** The visible text of `text`, or undefined when it has no invisible character. */
export function visibleText(text: string): VisibleText | undefined {
  if (!INVISIBLE.test(text)) return undefined;
  // For each invisible character, in order: how many visible characters come before it.
  const before: number[] = [];
  const parts: string[] = [];
  let from = 0;
  for (const { index: at } of text.matchAll(INVISIBLE_ALL)) {
    parts.push(text.slice(from, at));
    before.push(at - before.length);
    from = at + 1;
  }
  parts.push(text.slice(from));
  /** The offset in `text` of the visible character at `offset`. */
  const source = (offset: number): number => {
    // Invisible characters before it: those with at most `offset` visible characters before them.
    let low = 0;
    let high = before.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return offset + low;
  };
  return {
    text: parts.join(''),
    toSource: (start, end) => ({ start: source(start), end: source(end - 1) + 1 }),
  };
}
