/**
 * What the popup shows from the fact pack: the headline figures, the facts this page's mentions
 * bring up, and timeline events and court cases in the shape the citation functions take.
 * Pure functions of the pack; the popup renders and copies their results.
 */
import type { CourtCase, Fact, FactPack, Lang, TimelineEvent } from '../facts/types';
import type { ListedMention } from '../messaging/protocol';
import { buildPopoverModel, keyFactList } from '../popover/popover-model';

/** How many headline figures the popup shows. */
export const HEADLINE_COUNT = 4;

/**
 * The popup's headline figures. The pack does not flag "key" facts, but it does two things we can
 * rely on: a fact's optional `figure` is, by the pack's own definition, "a headline figure shown
 * large next to a fact", and its facts are in editorial order (the ranking's default when a
 * sentence says nothing specific). So we take facts that carry a figure, in pack order, one per
 * category first (four different sides of the story rather than four counts of the same thing),
 * then fill up in pack order if fewer categories have figures. Deterministic for a given pack.
 */
export function headlineFacts(pack: FactPack, count = HEADLINE_COUNT): Fact[] {
  const withFigure = pack.facts.filter((fact) => fact.figure);
  const picked: Fact[] = [];
  const categories = new Set<string>();
  for (const fact of withFigure) {
    if (picked.length >= count) break;
    if (categories.has(fact.category)) continue;
    categories.add(fact.category);
    picked.push(fact);
  }
  for (const fact of withFigure) {
    if (picked.length >= count) break;
    if (!picked.includes(fact)) picked.push(fact);
  }
  // Back in pack order, so the editorial priority decides what comes first.
  return withFigure.filter((fact) => picked.includes(fact));
}

/**
 * "Facts used on this page": for each mention, the key facts its popover shows (conflicting
 * figures included: `keyFactList(buildPopoverModel(…))`), joined without repeats, in order of first
 * appearance, ranked in each popover's language. Mentions that share a sentence and language are
 * looked at once.
 */
export function factsUsed(
  pack: FactPack,
  mentions: readonly Pick<ListedMention, 'nameId' | 'text' | 'sentence' | 'popoverLang'>[],
): Fact[] {
  const used = new Map<string, Fact>();
  const seen = new Set<string>();
  for (const { nameId, text, sentence, popoverLang: lang } of mentions) {
    const key = `${lang}\u0000${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const fact of keyFactList(buildPopoverModel(pack, { nameId, text, sentence, lang }))) {
      if (!used.has(fact.id)) used.set(fact.id, fact);
    }
  }
  return [...used.values()];
}

/** A timeline event as a citable fact: its text, dated by the event, with its sources. */
export function eventAsFact(event: TimelineEvent): Fact {
  return {
    id: event.id,
    category: 'timeline-status',
    text: event.text,
    asOf: event.date,
    sources: event.sources,
  };
}

/** A court case as a citable fact: "Name (court, citation): holding", dated by the decision. */
export function caseAsFact(courtCase: CourtCase): Fact {
  const text = (lang: Lang) => `${caseHeading(courtCase)}: ${courtCase.holding[lang]}`;
  return {
    id: courtCase.id,
    category: 'law-and-courts',
    text: { en: text('en'), es: text('es') },
    asOf: courtCase.date,
    sources: courtCase.sources,
  };
}

/** "Innovation Law Lab v. Wolf (U.S. Court of Appeals for the Ninth Circuit, 951 F.3d 1073)". */
export function caseHeading(courtCase: CourtCase): string {
  const detail = [courtCase.court, courtCase.citation].filter(Boolean).join(', ');
  return `${courtCase.name} (${detail})`;
}
