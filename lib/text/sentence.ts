/**
 * The sentence around a mention, as plain text: the popover ranks facts by it and the popup shows
 * it as the mention's snippet. Pure string logic.
 */

/** Sentence-ending punctuation (with closing quotes/brackets) followed by white space, or a line break. */
const BOUNDARY = /[.!?…。]["'”’»)\]]*\s+|\n/g;

/** Words whose trailing period does not end a sentence in news copy ("U.S. officials", "Biden v. Texas"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|U\.S|U\.N|v|vs|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Sr|Sra|Dra|EE\.UU|p\.ej)\.$/;

/**
 * Returns the sentence of `text` that contains `[start, end)`, trimmed, with runs of white space
 * collapsed. Sentences longer than `maxLength` are cut around the mention with "…".
 */
export function sentenceAround(text: string, start: number, end: number, maxLength = 280): string {
  let from = 0;
  let to = text.length;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    if (isAbbreviation(text, match.index)) continue;
    const boundaryEnd = match.index + match[0].length;
    if (boundaryEnd <= start) from = boundaryEnd;
    else if (match.index >= end) {
      to = match.index + match[0].trimEnd().length;
      break;
    }
    // A boundary inside the mention itself ("MPP 2.0 began") is not a sentence end.
  }
  let sentence = text.slice(from, to);
  if (sentence.length > maxLength) {
    const at = start - from;
    const half = Math.floor((maxLength - (end - start)) / 2);
    const cutStart = Math.max(0, at - half);
    const cutEnd = Math.min(sentence.length, cutStart + maxLength);
    sentence =
      (cutStart > 0 ? '…' : '') +
      sentence.slice(cutStart, cutEnd) +
      (cutEnd < sentence.length ? '…' : '');
  }
  return sentence.replace(/\s+/g, ' ').trim();
}

/** True when the period at `index` closes an abbreviation rather than a sentence. */
function isAbbreviation(text: string, index: number): boolean {
  if (text[index] !== '.') return false;
  return ABBREVIATION.test(text.slice(Math.max(0, index - 8), index + 1));
}
