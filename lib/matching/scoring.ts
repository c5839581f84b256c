/**
 * When an ambiguous form ("MPP", "RMX") or a weakly styled phrase ("the end of remain in Mexico")
 * counts as a mention of the policy.
 *
 * Evidence (see `evidence.ts`) is two numbers for a text: `topic` = the weights of the distinct
 * cue words found (1 weak such as "Mexico", 2 clear such as "asylum seekers", 3 decisive such as
 * "immigration court") + 3 per distinct policy name found; `other` = the strongest other sense
 * (Ontario legislators, solar "maximum power point"…): 2 per distinct word, 3 per distinct form
 * only it uses ("MPPs", "MPPT").
 *
 * An ambiguous form is decided in this order:
 * 1. Definition: right beside a policy name ("Migrant Protection Protocols (MPP)", "MPP (Remain in
 *    Mexico)", "…Protocols, or MPP") → accepted.
 * 2. Nearness: an other-sense word within `NEAR` characters ("Ontario MPP", "MPP charge
 *    controller"), a degree after a person's name ("Jane Doe, MPP,") or a title before one ("MPP
 *    Jane Doe", in prose) → rejected, whatever else the page says.
 * 3. Paragraph (its block): topic ≥ 2 (one clear cue, or two weak ones) with no other sense, or
 *    topic ≥ other + 3 → accepted; else other ≥ 2 → rejected (other senses beat weak topic
 *    evidence, and a page cannot overrule the paragraph).
 * 4. Page ('balanced' and 'loose' only): the whole page's tally. 'balanced' needs topic ≥ 5 and
 *    topic > 2 × other; 'loose' needs topic ≥ 1 and topic > other.
 * Weakly styled phrases use steps 3–4 with `other` = 0 (other senses are about acronyms) and need
 * topic ≥ 3 in their paragraph, because their own wording already leans towards a verb.
 */
import type { Strictness } from './api';

/** Characters around an ambiguous form in which an other-sense word rejects it. */
export const NEAR = 60;
/** Paragraph topic needed by an ambiguous form, and by a weakly styled phrase. */
export const PARAGRAPH_MIN = { ambiguous: 2, phrase: 3 } as const;
export const PARAGRAPH_MARGIN = 3;
export const PAGE_MIN_BALANCED = 5;
export const OTHER_REJECTS = 2;

export type Verdict = 'accept' | 'reject' | 'undecided';

/** Step 3: what the block alone says about an ambiguous form or a weak phrase (`other` = 0). */
export function paragraphVerdict(
  topic: number,
  other: number,
  kind: keyof typeof PARAGRAPH_MIN,
): Verdict {
  const beatsOther = other === 0 || topic >= other + PARAGRAPH_MARGIN;
  if (topic >= PARAGRAPH_MIN[kind] && beatsOther) return 'accept';
  if (other >= OTHER_REJECTS) return 'reject';
  return 'undecided';
}

/** Step 4: whether the page's tally is enough at this strictness. */
export function pageAccepts(topic: number, other: number, strictness: Strictness): boolean {
  if (strictness === 'strict') return false;
  if (strictness === 'balanced') return topic >= PAGE_MIN_BALANCED && topic > 2 * other;
  return topic >= 1 && topic > other;
}
