/**
 * Phrase patterns as they are compiled, and the check that gives them their exact meaning back.
 *
 * A phrase body (`phraseBody`) bounds two runs: combining marks after an accented letter (at most
 * `MAX_MARK_RUN`) and white space between words (`SEPARATOR`: 1 to `MAX_SPACES`, or a hyphen with
 * at most `MAX_SPACES_AROUND_HYPHEN` either side). V8 compiles a bounded run into code for each
 * count, which makes these regexes slow to compile on two-byte text (most news pages): in Chromium
 * 150 the first match of the fact pack's 378 names, cues and other-sense phrases took 160 ms to
 * compile as written, 40 ms with unbounded mark runs and 20 ms with unbounded separators too; the
 * prefilter's anchors 1.4 ms against 0.4 ms. So the compiled regexes leave the runs unbounded and
 * `exactEnd` checks the bounds on each (rare) match, in code.
 *
 * Why the check is exact: every run in a phrase body is followed by a letter, digit or punctuation
 * of the phrase, never by a character of the run, so a loose match consumes each run whole, and
 * where the bounded pattern matches at all it matches the same characters, except that it stops
 * after `MAX_MARK_RUN` marks at the very end (property-tested over every phrase of the pack).
 */
import { isWordCharAt } from './char-classes';
import {
  HYPHEN,
  MARK,
  MARK_RUN,
  MAX_MARK_RUN,
  MAX_SPACES,
  MAX_SPACES_AROUND_HYPHEN,
  SEPARATOR,
  SPACE,
} from './patterns';

// The runs of `MARK_RUN` and `SEPARATOR`, from the same classes, without their bounds.
const LOOSE_MARK_RUN = `${MARK}*`;
const LOOSE_SEPARATOR = `(?:${SPACE}+|${SPACE}*${HYPHEN}${SPACE}*)`;

/** A phrase body (`phraseBody`) with its runs of marks and separators unbounded. */
export function loosePattern(body: string): string {
  return body.split(MARK_RUN).join(LOOSE_MARK_RUN).split(SEPARATOR).join(LOOSE_SEPARATOR);
}

/**
 * Whether a code unit is one the case-insensitive class `[\u0300-\u036f]` matches: the block, and
 * the three iotas (U+0399, U+03B9, U+1FBE) that case-fold together with its U+0345.
 */
function isMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || code === 0x399 || code === 0x3b9 || code === 0x1fbe;
}

/** Whether a code unit is matched by `[\s\u200b]` (JavaScript's \s, plus the zero-width space). */
export function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/**
 * Where the exact (bounded) pattern's match ends, given that the `loosePattern` of the same body
 * matched `[start, end)` of `text`; -1 when a run inside the match breaks a bound (the exact
 * pattern does not match there). A trailing run of marks longer than `MAX_MARK_RUN` is cut to
 * `MAX_MARK_RUN`, as the exact pattern stops there (a word-end check then sees the next mark).
 */
export function exactEnd(text: string, start: number, end: number): number {
  let marks = 0;
  // The separator being read: spaces so far, and whether (and after how many spaces) a hyphen came.
  let spaces = 0;
  let spacesBeforeHyphen = -1;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (isMark(code)) {
      marks++;
      continue;
    }
    if (marks > MAX_MARK_RUN) return -1;
    marks = 0;
    if (isSpace(code)) {
      spaces++;
    } else if (isHyphen(code)) {
      // The loose separator, like the exact one, holds at most one hyphen.
      spacesBeforeHyphen = spaces;
      spaces = 0;
    } else if (spaces > 0 || spacesBeforeHyphen >= 0) {
      const fits =
        spacesBeforeHyphen < 0
          ? spaces <= MAX_SPACES
          : spacesBeforeHyphen <= MAX_SPACES_AROUND_HYPHEN && spaces <= MAX_SPACES_AROUND_HYPHEN;
      if (!fits) return -1;
      spaces = 0;
      spacesBeforeHyphen = -1;
    }
  }
  return end - Math.max(0, marks - MAX_MARK_RUN);
}

/**
 * Where a phrase matches at `at`, with its exact meaning: runs `sticky` (a `loosePattern`, with the
 * `y` flag) there, cuts the match with `exactEnd` and, when the phrase ends in a word character
 * (`endsWord`), requires that no word character follows. The end offset, or -1.
 */
export function matchEndAt(sticky: RegExp, text: string, at: number, endsWord: boolean): number {
  sticky.lastIndex = at;
  const match = sticky.exec(text);
  if (match === null) return -1;
  const end = exactEnd(text, at, at + match[0].length);
  return end < 0 || (endsWord && isWordCharAt(text, end)) ? -1 : end;
}
