/**
 * What a popover says about one mention, computed from the pack alone (pure: no DOM, no browser
 * APIs), so every rule here is unit-tested with small packs:
 *   - what the matched words refer to (the name's `meaning`), the summary and the dated status;
 *   - three to five key facts ranked for the sentence around the mention, each with the facts that
 *     report the same measure differently (both figures are shown, never one picked silently);
 *   - when the page states its publication date, the policy's state then and now.
 */
import { conflictsFor, statusAt, type StatusAt } from '../facts/accessors';
import { rankFacts } from '../facts/rank';
import type { Fact, FactPack, Lang, PolicyName, PolicyState } from '../facts/types';

/** The mention as the popover needs it (a subset of the scanner's `PageMention`). */
export interface MentionContext {
  nameId: string;
  text: string;
  sentence: string;
  /** The language the mention is written in. */
  lang: Lang;
}

export interface KeyFact {
  fact: Fact;
  /** Facts that measure the same thing with other figures or dates. */
  conflicts: Fact[];
}

export interface PopoverModel {
  name: PolicyName | undefined;
  keyFacts: KeyFact[];
  status: { state: PolicyState; asOf: string };
  /** The state on the article's publication day, when the page states it and the policy existed. */
  then?: { published: string } & StatusAt;
}

/** How many key facts the popover leads with (the issue asks for three to five). */
export const KEY_FACT_COUNT = 4;

export function buildPopoverModel(
  pack: FactPack,
  mention: MentionContext,
  published?: string,
  count = KEY_FACT_COUNT,
): PopoverModel {
  const name = pack.names.find((n) => n.id === mention.nameId);
  // Rank against the sentence; the matched words themselves say nothing about which fact helps.
  const ranked = rankFacts(pack, mention.sentence, mention.lang, { limit: count + 4 });
  const keyFacts: KeyFact[] = [];
  const shown = new Set<string>();
  for (const fact of ranked) {
    if (keyFacts.length >= count) break;
    if (shown.has(fact.id)) continue;
    const conflicts = conflictsFor(pack, fact).filter((other) => !shown.has(other.id));
    shown.add(fact.id);
    for (const other of conflicts) shown.add(other.id);
    keyFacts.push({ fact, conflicts });
  }
  const then = published ? statusAt(pack, published) : null;
  return {
    name,
    keyFacts,
    status: { state: pack.status.state, asOf: pack.status.asOf },
    ...(then && published ? { then: { published, ...then } } : {}),
  };
}

/** Every fact shown as a key fact, conflicts included, in display order (for "Copy key facts"). */
export function keyFactList(model: PopoverModel): Fact[] {
  return model.keyFacts.flatMap(({ fact, conflicts }) => [fact, ...conflicts]);
}
