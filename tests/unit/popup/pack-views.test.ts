import { describe, expect, it } from 'vitest';
import { rankFacts } from '../../../lib/facts/rank';
import { pack } from '../../../lib/facts/pack';
import type { Fact, FactPack } from '../../../lib/facts/types';
import { caseAsFact, eventAsFact, factsUsed, headlineFacts } from '../../../lib/popup/pack-views';

const mention = (sentence: string, lang: 'en' | 'es' = 'en') => ({ sentence, lang });

describe('factsUsed', () => {
  it('is the union of the top facts ranked for each mention’s sentence, in first-seen order', () => {
    const sentences = [
      mention('A judge ruled the Remain in Mexico policy unlawful in court.'),
      mention('People sent back under MPP were kidnapped and assaulted by cartels.'),
      mention('Muchos fueron secuestrados bajo Quédate en México.', 'es'),
    ];
    const expected: string[] = [];
    for (const { sentence, lang } of sentences) {
      for (const fact of rankFacts(pack, sentence, lang, { limit: 3 })) {
        if (!expected.includes(fact.id)) expected.push(fact.id);
      }
    }
    const used = factsUsed(pack, sentences).map((f) => f.id);
    expect(used).toEqual(expected);
    expect(new Set(used).size).toBe(used.length);
    // Court and violence sentences bring different facts: the union is larger than one ranking.
    expect(used.length).toBeGreaterThan(3);
  });

  it('ranks a repeated sentence once and is empty without mentions', () => {
    const one = mention('The Supreme Court ruled in Biden v. Texas.');
    expect(factsUsed(pack, [one, one, one])).toEqual(rankFacts(pack, one.sentence, 'en'));
    expect(factsUsed(pack, [])).toEqual([]);
  });

  it('takes as many facts per mention as asked', () => {
    expect(factsUsed(pack, [mention('A judge ruled.')], 1)).toHaveLength(1);
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
