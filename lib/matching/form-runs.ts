/**
 * A quick necessary condition for a mention, checked on a block before any pattern is compiled:
 * a text can only hold a mention of a name if it holds every run of letters of one of its forms.
 *
 * Why it is exact: a form matches (`phrase-index.ts`) only as its words, each bounded by a
 * separator, a word boundary or a non-letter of the form itself, with letters matched case- and
 * accent-insensitively (plus trailing combining marks). Folded the same way here, each letter run
 * of the form is therefore a whole letter run of the text. The scanner uses this to skip the
 * matcher (and compiling it) on pages whose "Mexico" or "protection" never meets a policy name.
 */
import type { DetectorName } from './api';
import { foldAccents } from './patterns';

const LETTER_RUN = /[a-z]+/g;

/**
 * The runs of ASCII letters in `text` once accents, marks and case are folded ("Protección a
 * Migrantes" → proteccion, a, migrantes). The long s folds to s, as case-insensitive matching does,
 * and the Greek iota goes with the marks: the patterns' mark class `[\u0300-\u036f]` matches it
 * case-insensitively (U+0345 folds with it), so "Protectio\u0399n" matches "Protection".
 */
export function letterRuns(text: string): string[] {
  return (
    foldAccents(text)
      .toLowerCase()
      .replace(/\u017f/g, 's')
      .replace(/\u03b9/g, '')
      .match(LETTER_RUN) ?? []
  );
}

/** `mayMention` of a set of names (see `Matcher.mayMention`). */
export function createFormRunTest(names: readonly DetectorName[]): (text: string) => boolean {
  const forms = names.flatMap((name) => name.forms.map((form) => [...new Set(letterRuns(form))]));
  return (text) => {
    const runs = new Set(letterRuns(text));
    return forms.some((needed) => needed.every((run) => runs.has(run)));
  };
}
