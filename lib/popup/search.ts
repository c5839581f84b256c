/**
 * The popup's search over the whole fact pack: facts, timeline events and court cases. Matching is
 * forgiving in the ways readers type: case and accents do not matter, every query word must start
 * a word of the item (so "kidnap" finds "kidnapped", "juarez" finds "Juárez"), and numbers match
 * with or without digit separators ("27898", "27,898", "27 898"). Both languages are searched, so
 * a Spanish query finds an item whatever the interface language.
 */
import { timelineSorted } from '../facts/accessors';
import { words } from '../facts/fold';
import type { CourtCase, Fact, FactPack, TimelineEvent } from '../facts/types';
import { factPlainText } from '../rich-text';

export type SearchHit =
  | { kind: 'fact'; id: string; item: Fact }
  | { kind: 'event'; id: string; item: TimelineEvent }
  | { kind: 'case'; id: string; item: CourtCase };

/** The most hits returned; the popup says when there were more. */
export const SEARCH_LIMIT = 25;

export interface SearchResult {
  hits: SearchHit[];
  /** Every match, including those past `limit`. */
  total: number;
}

interface Entry {
  hit: SearchHit;
  words: string[];
  /** The item's words in order, space-separated and padded, for phrase matches. */
  phrase: string;
}

const indexCache = new WeakMap<FactPack, Entry[]>();

function entry(hit: SearchHit, parts: (string | undefined)[]): Entry {
  const all = words(
    parts
      .filter(Boolean)
      .map((p) => factPlainText(p!))
      .join(' \n '),
  );
  return { hit, words: [...new Set(all)], phrase: ` ${all.join(' ')} ` };
}

function indexFor(pack: FactPack): Entry[] {
  let index = indexCache.get(pack);
  if (!index) {
    index = [
      ...pack.facts.map((fact) =>
        entry({ kind: 'fact', id: fact.id, item: fact }, [
          fact.text.en,
          fact.text.es,
          fact.figure?.label.en,
          fact.figure?.label.es,
          fact.quote?.text,
          ...(fact.keywords ?? []),
        ]),
      ),
      ...timelineSorted(pack).map((event) =>
        entry({ kind: 'event', id: event.id, item: event }, [
          event.text.en,
          event.text.es,
          event.date,
        ]),
      ),
      ...pack.cases.map((courtCase) =>
        entry({ kind: 'case', id: courtCase.id, item: courtCase }, [
          courtCase.name,
          courtCase.court,
          courtCase.citation,
          courtCase.holding.en,
          courtCase.holding.es,
          courtCase.date,
          ...(courtCase.aliases ?? []),
        ]),
      ),
    ];
    indexCache.set(pack, index);
  }
  return index;
}

/** The query's words, folded like the items' (empty for a blank or punctuation-only query). */
export function queryWords(query: string): string[] {
  return words(query);
}

/**
 * Items of `pack` matching every word of `query`. Items holding the query as a phrase ("biden v
 * texas" in "Biden v. Texas", not "Texas v. Biden") come first; within each group, facts in the
 * pack's order, then timeline events from oldest to newest, then court cases. A blank query
 * matches nothing.
 */
export function searchPack(pack: FactPack, query: string, limit = SEARCH_LIMIT): SearchResult {
  const terms = queryWords(query);
  if (terms.length === 0) return { hits: [], total: 0 };
  const matches = indexFor(pack).filter((e) =>
    terms.every((term) => e.words.some((word) => word.startsWith(term))),
  );
  const phrase = ` ${terms.join(' ')}`;
  const ordered = [
    ...matches.filter((e) => e.phrase.includes(phrase)),
    ...matches.filter((e) => !e.phrase.includes(phrase)),
  ];
  return { hits: ordered.slice(0, Math.max(0, limit)).map((m) => m.hit), total: matches.length };
}
