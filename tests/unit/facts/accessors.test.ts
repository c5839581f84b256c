import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  conflictsFor,
  factById,
  factsByCategory,
  factsForName,
  sourceById,
  sourcesFor,
  statusAt,
  timelineSorted,
} from '../../../lib/facts/accessors';
import { pack } from '../../../lib/facts/pack';
import type { FactPack, PolicyState } from '../../../lib/facts/types';

const fact = (id: string) => {
  const found = factById(pack, id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};

describe('factsByCategory', () => {
  const groups = factsByCategory(pack);

  it('puts every fact in exactly its own category', () => {
    expect(Object.keys(groups).sort()).toEqual([...CATEGORIES].sort());
    expect(Object.values(groups).flat()).toHaveLength(pack.facts.length);
    for (const category of CATEGORIES) {
      expect(groups[category].every((f) => f.category === category)).toBe(true);
    }
  });

  it('keeps the pack order within a category', () => {
    const order = (id: string) => pack.facts.findIndex((f) => f.id === id);
    const indexes = groups['law-and-courts'].map((f) => order(f.id));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });
});

describe('sources', () => {
  it('finds a source by id, and nothing for an unknown id', () => {
    expect(sourceById(pack, 'dhs-2025-reinstates-mpp')?.publisher).toBe(
      'U.S. Department of Homeland Security',
    );
    expect(sourceById(pack, 'no-such-source')).toBeUndefined();
  });

  it('lists the sources of a fact in the fact’s own order', () => {
    expect(sourcesFor(pack, fact('in-absentia-trac-2021')).map((s) => s.id)).toEqual([
      'trac-2021-kocher-repost',
      'conversation-2021-kocher',
    ]);
  });
});

describe('conflictsFor', () => {
  it('returns the facts that report the same measure differently', () => {
    expect(conflictsFor(pack, fact('in-absentia-hrf-fact-sheet')).map((f) => f.id)).toEqual([
      'in-absentia-trac-2021',
      'in-absentia-june-2021',
    ]);
  });

  it('returns nothing for a fact without conflicts', () => {
    expect(conflictsFor(pack, fact('what-mpp-is'))).toEqual([]);
  });
});

describe('factsForName', () => {
  it('puts the names facts that mention the name first', () => {
    const ids = factsForName(pack, 'quedate-en-mexico').map((f) => f.id);
    expect(ids[0]).toBe('names-official-colloquial');
    expect(ids).toEqual(
      expect.arrayContaining(pack.facts.filter((f) => f.category === 'names').map((f) => f.id)),
    );
  });

  it('adds facts of other categories whose keywords name it', () => {
    const withMpp2: FactPack = {
      ...pack,
      names: [
        ...pack.names,
        {
          id: 'mpp-2',
          label: 'MPP 2.0',
          group: 'acronym',
          use: 'unambiguous',
          lang: 'en',
          forms: ['MPP 2.0'],
          meaning: { en: 'The 2021–2022 restart.', es: 'La reactivación de 2021-2022.' },
        },
      ],
    };
    const ids = factsForName(withMpp2, 'mpp-2').map((f) => f.id);
    expect(ids[0]).toBe('names-versions');
    expect(ids).toEqual(expect.arrayContaining(['mpp2-hrf-6000', 'mpp2-restart-2021']));
    expect(ids).not.toContain('in-absentia-trac-2021');
  });

  it('returns nothing for an unknown name', () => {
    expect(factsForName(pack, 'no-such-name')).toEqual([]);
  });
});

describe('timelineSorted', () => {
  it('orders events by date, oldest first', () => {
    const dates = timelineSorted(pack).map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2018-11-24');
  });

  it('keeps the pack order for events on the same day', () => {
    const sameDay: FactPack = {
      ...pack,
      timeline: [
        { id: 'b', date: '2020-01-02', text: { en: 'b', es: 'b' }, sources: ['x'] },
        { id: 'a', date: '2020-01-01', text: { en: 'a', es: 'a' }, sources: ['x'] },
        { id: 'c', date: '2020-01-02', text: { en: 'c', es: 'c' }, sources: ['x'] },
      ],
    };
    expect(timelineSorted(sameDay).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('statusAt: "when this article was published, the policy was…"', () => {
  it.each<[string, PolicyState | null]>([
    ['2018-06-01', null],
    ['2018-12-20', 'announced'],
    ['2019-01-28', 'announced'],
    ['2019-01-29', 'in-effect'],
    ['2019-06-15', 'in-effect'],
    ['2020-03-01', 'in-effect'],
    ['2021-01-20', 'suspended'],
    ['2021-03-15', 'suspended'],
    ['2021-06-01', 'terminated'],
    ['2021-08-13', 'court-ordered-restart'],
    ['2021-11-01', 'court-ordered-restart'],
    ['2021-12-06', 'in-effect'],
    ['2022-07-01', 'in-effect'],
    ['2022-08-08', 'wound-down'],
    ['2024-06-01', 'wound-down'],
    ['2025-01-20', 'wound-down'],
    ['2025-01-21', 'reinstated'],
  ])('on %s the policy was %s', (day, state) => {
    expect(statusAt(pack, day)?.state ?? null).toBe(state);
  });

  it('says which event set the state and since when', () => {
    expect(statusAt(pack, '2021-09-01')).toEqual({
      state: 'court-ordered-restart',
      since: '2021-08-13',
      eventId: 't-2021-08-texas-ruling',
      afterStatusDate: false,
    });
  });

  it('accepts a Date and reads its UTC day', () => {
    expect(statusAt(pack, new Date('2021-06-01T03:00:00Z'))?.state).toBe('terminated');
  });

  it('flags days after the pack’s status date, which the pack cannot vouch for', () => {
    expect(statusAt(pack, pack.status.asOf)?.afterStatusDate).toBe(false);
    expect(statusAt(pack, '2026-06-01')).toMatchObject({
      state: 'reinstated',
      afterStatusDate: true,
    });
  });
});
