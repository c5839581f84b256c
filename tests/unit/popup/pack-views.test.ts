import { describe, expect, it } from 'vitest';
import { conflictsFor } from '../../../lib/facts/accessors';
import { pack } from '../../../lib/facts/pack';
import type { Fact, FactPack } from '../../../lib/facts/types';
import { buildPopoverModel, keyFactList } from '../../../lib/popover/popover-model';
import { caseAsFact, eventAsFact, factsUsed, headlineFacts } from '../../../lib/popup/pack-views';

const mention = (sentence: string, popoverLang: 'en' | 'es' = 'en') => ({
  nameId: 'remain-in-mexico',
  text: 'Remain in Mexico',
  sentence,
  popoverLang,
});

/** What the popover of `m` shows as key facts (ids), conflicts included. */
const popoverFacts = (m: ReturnType<typeof mention>) =>
  keyFactList(buildPopoverModel(pack, { ...m, lang: m.popoverLang })).map((f) => f.id);

describe('factsUsed', () => {
  it('is the union of the key facts each mention’s popover shows, in first-seen order', () => {
    const mentions = [
      mention('A judge ruled the Remain in Mexico policy unlawful in court.'),
      mention('People sent back under MPP were kidnapped and assaulted by cartels.'),
      mention('Muchos fueron secuestrados bajo Quédate en México.', 'es'),
    ];
    const expected = [...new Set(mentions.flatMap(popoverFacts))];
    const used = factsUsed(pack, mentions).map((f) => f.id);
    expect(used).toEqual(expected);
    // Court and violence sentences bring different facts: the union is larger than one popover.
    expect(used.length).toBeGreaterThan(popoverFacts(mentions[0]!).length);
    // Conflicting figures come along, as in the popover (both figures, never one silently).
    const withConflict = used.find(
      (id) =>
        conflictsFor(
          pack,
          pack.facts.find((f) => f.id === id)!,
        ).length > 0,
    );
    expect(withConflict).toBeDefined();
    const conflicts = conflictsFor(
      pack,
      pack.facts.find((f) => f.id === withConflict)!,
    );
    expect(used).toEqual(expect.arrayContaining(conflicts.map((f) => f.id)));
  });

  it('ranks in the popover’s language: the same sentence can bring other facts in Spanish', () => {
    const sentence = 'Remain in Mexico.';
    expect(factsUsed(pack, [mention(sentence, 'es')]).map((f) => f.id)).toEqual(
      popoverFacts(mention(sentence, 'es')),
    );
  });

  it('looks at a repeated sentence once and is empty without mentions', () => {
    const one = mention('The Supreme Court ruled in Biden v. Texas.');
    expect(factsUsed(pack, [one, one, one]).map((f) => f.id)).toEqual(popoverFacts(one));
    expect(factsUsed(pack, [])).toEqual([]);
  });
});

describe('headlineFacts', () => {
  it('picks four facts with figures, from four categories, in the pack’s order', () => {
    const facts = headlineFacts(pack);
    expect(facts).toHaveLength(4);
    expect(facts.every((f) => f.figure)).toBe(true);
    expect(new Set(facts.map((f) => f.category)).size).toBe(4);
    const order = facts.map((f) => pack.facts.indexOf(f));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Deterministic: the first figure-bearing fact of each category, in pack order.
    const firsts: Fact[] = [];
    for (const f of pack.facts.filter((x) => x.figure)) {
      if (!firsts.some((p) => p.category === f.category)) firsts.push(f);
    }
    expect(facts).toEqual(firsts.slice(0, 4));
  });

  it('fills up from the same categories when fewer have figures, and skips facts without', () => {
    const base = pack.facts.find((f) => f.figure)!;
    const fact = (id: string, category: Fact['category'], figure = true): Fact => ({
      ...base,
      id,
      category,
      figure: figure ? base.figure : undefined,
    });
    const small: FactPack = {
      ...pack,
      facts: [
        fact('a', 'numbers'),
        fact('b', 'numbers'),
        fact('c', 'violence', false),
        fact('d', 'violence'),
        fact('e', 'numbers'),
        fact('f', 'numbers'),
      ],
    };
    expect(headlineFacts(small).map((f) => f.id)).toEqual(['a', 'b', 'd', 'e']);
  });
});

describe('events and cases as citable facts', () => {
  it('keeps the event’s text, date and sources', () => {
    const event = pack.timeline[0]!;
    expect(eventAsFact(event)).toMatchObject({
      id: event.id,
      text: event.text,
      asOf: event.date,
      sources: event.sources,
    });
  });

  it('puts the case name, court and citation before the holding in both languages', () => {
    const courtCase = pack.cases.find((c) => c.citation)!;
    const fact = caseAsFact(courtCase);
    for (const lang of ['en', 'es'] as const) {
      expect(fact.text[lang].startsWith(`${courtCase.name} (${courtCase.court}, `)).toBe(true);
      expect(fact.text[lang]).toContain(courtCase.citation!);
      expect(fact.text[lang]).toContain(courtCase.holding[lang]);
    }
    expect(fact.asOf).toBe(courtCase.date);
    expect(fact.sources).toEqual(courtCase.sources);
  });
});
