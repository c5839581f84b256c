/**
 * Tallies the evidence about what a block or a page is about: topic cues and policy names for
 * this policy, and words of each other sense of its ambiguous forms. Each distinct word counts
 * once, however often it appears, so a long page does not outweigh a short one by repetition.
 */
import { asShown } from './invisible';
import type { PageSignals } from './api';
import type { EvidenceTerm } from './detector';
import type { PhraseIndex } from './phrase-index';

/** Weight of a policy name found (an unambiguous name or a styled phrase name). */
export const NAME_WEIGHT = 3;
const MAX_CUES_SHOWN = 5;

export interface Span {
  start: number;
  end: number;
}

/**
 * The first of `spans` (sorted, non-overlapping) that ends after `position`, by binary search, so
 * that looking around each of many forms in a long block stays linear overall.
 */
export function firstSpanEndingAfter<S extends Span>(
  spans: readonly S[],
  position: number,
): S | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((spans[mid]?.end ?? 0) > position) high = mid;
    else low = mid + 1;
  }
  return spans[low];
}

/** Running tally; also the concrete `PageSignals` the matcher hands out. */
export class Tally implements PageSignals {
  private readonly topicWords = new Map<string, { weight: number; text: string; order: number }>();
  private readonly senseWords = new Map<string, Map<string, number>>();

  /** Adds a topic word (a cue, or `name:<id>` for a policy name) once. */
  addTopic(key: string, weight: number, text: string): void {
    const known = this.topicWords.get(key);
    if (!known || known.weight < weight) {
      this.topicWords.set(key, { weight, text, order: known?.order ?? this.topicWords.size });
    }
  }

  /** Adds a word of another sense once. */
  addSense(sense: string, key: string, weight: number): void {
    const words = this.senseWords.get(sense) ?? new Map<string, number>();
    words.set(key, Math.max(weight, words.get(key) ?? 0));
    this.senseWords.set(sense, words);
  }

  /** Adds everything another tally holds. */
  merge(other: Tally): void {
    for (const [key, { weight, text }] of other.topicWords) this.addTopic(key, weight, text);
    for (const [sense, words] of other.senseWords) {
      for (const [key, weight] of words) this.addSense(sense, key, weight);
    }
  }

  get topic(): number {
    let sum = 0;
    for (const { weight } of this.topicWords.values()) sum += weight;
    return sum;
  }

  get other(): number {
    let best = 0;
    for (const words of this.senseWords.values()) {
      let sum = 0;
      for (const weight of words.values()) sum += weight;
      best = Math.max(best, sum);
    }
    return best;
  }

  get cues(): string[] {
    return [...this.topicWords.values()]
      .sort((a, b) => b.weight - a.weight || a.order - b.order)
      .slice(0, MAX_CUES_SHOWN)
      .map(({ text }) => asShown(text));
  }
}

/** The evidence of one text, with where its words are (for the nearness rules). */
export interface TextEvidence {
  tally: Tally;
  senseSpans: Span[];
  cueSpans: Span[];
}

const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * Scans `text` for cue and other-sense words. Cue words inside a policy-name match (`nameSpans`,
 * e.g. "Mexico" in "Remain in Mexico") are ignored so a name never counts as its own cue, but a cue
 * that extends a name ("MPP returnees") counts; the names
 * that are evidence (`names`) are added at `NAME_WEIGHT` each.
 */
export function textEvidence(
  index: PhraseIndex<EvidenceTerm>,
  text: string,
  nameSpans: readonly Span[],
  names: readonly { id: string; text: string }[],
): TextEvidence {
  const tally = new Tally();
  const senseSpans: Span[] = [];
  const cueSpans: Span[] = [];
  for (const name of names) tally.addTopic(`name:${name.id}`, NAME_WEIGHT, name.text);
  let next = 0;
  for (const hit of index.find(text)) {
    while (next < nameSpans.length && (nameSpans[next]?.end ?? 0) <= hit.start) next += 1;
    const span = nameSpans[next];
    const insideName = span !== undefined && contains(span, hit);
    for (const term of hit.values) {
      if (term.kind === 'sense') {
        tally.addSense(term.sense, hit.key, term.weight);
        senseSpans.push(hit);
      } else if (!insideName) {
        tally.addTopic(`cue:${hit.key}`, term.weight, hit.text);
        cueSpans.push(hit);
      }
    }
  }
  return { tally, senseSpans, cueSpans };
}
