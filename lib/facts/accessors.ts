/**
 * Pure read helpers over a fact pack for the UI: facts by category or name, their sources and
 * conflicting figures, the timeline in date order, and the policy's state on a given day. Every
 * function takes the pack as its first argument (tests pass small fixtures); none touches the DOM.
 */
import { toIsoDate } from './checks';
import { foldText } from './fold';
import type {
  Fact,
  FactCategory,
  FactPack,
  IsoDate,
  PolicyState,
  Source,
  TimelineEvent,
} from './types';

/** Every category, in the order the UI lists them. */
export const CATEGORIES: readonly FactCategory[] = [
  'timeline-status',
  'due-process',
  'violence',
  'law-and-courts',
  'numbers',
  'cost-and-resources',
  'names',
];

/** The fact with `id`, if any. */
export function factById(pack: FactPack, id: string): Fact | undefined {
  return pack.facts.find((fact) => fact.id === id);
}

/** Facts grouped by category; each group keeps the pack's (editorial) order. */
export function factsByCategory(pack: FactPack): Record<FactCategory, Fact[]> {
  const groups = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Fact[]])) as Record<
    FactCategory,
    Fact[]
  >;
  for (const fact of pack.facts) groups[fact.category].push(fact);
  return groups;
}

/** The source with `id`, if any. */
export function sourceById(pack: FactPack, id: string): Source | undefined {
  return pack.sources.find((source) => source.id === id);
}

/** The sources an item cites, in its own order (most authoritative first). */
export function sourcesFor(pack: FactPack, item: { sources: readonly string[] }): Source[] {
  return item.sources.flatMap((id) => sourceById(pack, id) ?? []);
}

/** Facts that report the same measure differently, to show next to `fact`. */
export function conflictsFor(pack: FactPack, fact: Fact): Fact[] {
  return (fact.conflictsWith ?? []).flatMap((id) => factById(pack, id) ?? []);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when a folded form occurs in the fact's text or keywords as whole words. */
function mentions(fact: Fact, forms: string[]): boolean {
  const haystack = foldText([fact.text.en, fact.text.es, ...(fact.keywords ?? [])].join(' \n '));
  return forms.some((form) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(form)}($|[^\\p{L}\\p{N}])`, 'u').test(haystack),
  );
}

/**
 * Facts to show for a mention of the name `nameId`: first the `names` facts that mention one of its
 * forms, then the other `names` facts (how the policy is called), then facts of other categories
 * whose keywords include one of its forms (e.g. "MPP 2.0"). Empty for an unknown name.
 */
export function factsForName(pack: FactPack, nameId: string): Fact[] {
  const name = pack.names.find((n) => n.id === nameId);
  if (!name) return [];
  const forms = [name.label, ...name.forms].map(foldText);
  const nameFacts = pack.facts.filter((fact) => fact.category === 'names');
  const related = pack.facts.filter(
    (fact) =>
      fact.category !== 'names' &&
      (fact.keywords ?? []).some((keyword) => forms.includes(foldText(keyword))),
  );
  return [
    ...nameFacts.filter((fact) => mentions(fact, forms)),
    ...nameFacts.filter((fact) => !mentions(fact, forms)),
    ...related,
  ];
}

/** Timeline events from oldest to newest; events on the same day keep the pack's order. */
export function timelineSorted(pack: FactPack): TimelineEvent[] {
  return pack.timeline
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}

/** The policy's state on a day, with the event that set it. */
export interface StatusAt {
  state: PolicyState;
  /** The day the state began, and the event that began it. */
  since: IsoDate;
  eventId: string;
  /**
   * True when the day is after the pack's status date (`pack.status.asOf`): the pack cannot say
   * whether the state changed since, and the UI should say so.
   */
  afterStatusDate: boolean;
}

/**
 * The policy's state on `date` (a `Date`, read as its UTC day, or `YYYY-MM-DD`), from the last
 * timeline event on or before that day that changed the state. `null` before the policy existed.
 * Used for "when this article was published, the policy was …".
 */
export function statusAt(pack: FactPack, date: Date | IsoDate): StatusAt | null {
  const day = typeof date === 'string' ? date : toIsoDate(date);
  const last = timelineSorted(pack)
    .filter((event) => event.status !== undefined && event.date <= day)
    .at(-1);
  if (!last?.status) return null;
  return {
    state: last.status,
    since: last.date,
    eventId: last.id,
    afterStatusDate: day > pack.status.asOf,
  };
}
