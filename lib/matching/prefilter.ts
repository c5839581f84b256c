/**
 * The prefilter: a cheap regex the DOM scanner runs on every text node before assembling blocks.
 * It matches a few "anchor" words, chosen so that every form of every enabled name contains one.
 */
import type { PolicyName } from '@/lib/facts/types';
import { phraseKey, phraseSource } from './patterns';

const MIN_ANCHOR_LETTERS = 4;

/** The words of a form that may anchor it: long words, or its longest word if all are short. */
function anchorCandidates(form: string): string[] {
  const words = phraseKey(form).split(' ');
  const long = words.filter((word) => word.length >= MIN_ANCHOR_LETTERS);
  if (long.length > 0) return long;
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  return longest ? [longest] : [];
}

/**
 * Picks anchor words greedily (the word in most uncovered forms first, ties to the longer word,
 * then alphabetical), so the set is small and deterministic: e.g. "mexico", "proteccion",
 * "protection", "protocols", "mpp", "rmx".
 */
export function anchorWords(names: readonly PolicyName[]): string[] {
  let uncovered = names.flatMap((name) => name.forms.map(anchorCandidates));
  const anchors: string[] = [];
  while (uncovered.length > 0) {
    const counts = new Map<string, number>();
    for (const words of uncovered) {
      for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const [best] = [...counts.entries()].sort(
      ([a, m], [b, n]) => n - m || b.length - a.length || (a < b ? -1 : 1),
    );
    if (!best) break;
    anchors.push(best[0]);
    uncovered = uncovered.filter((words) => !words.includes(best[0]));
  }
  return anchors.sort();
}

/**
 * A non-global, case- and accent-insensitive regex matching any anchor word as a whole word.
 * With no enabled names it never matches.
 */
export function buildPrefilter(names: readonly PolicyName[]): RegExp {
  const anchors = anchorWords(names);
  if (anchors.length === 0) return /(?!)/u;
  return new RegExp(anchors.map((word) => phraseSource(word, false)).join('|'), 'iu');
}
