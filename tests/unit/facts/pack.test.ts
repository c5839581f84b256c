import { describe, expect, it } from 'vitest';
import { pack } from '../../../lib/facts/pack';
import packJson from '../../../lib/facts/remain-in-mexico.json';
import { formatIssue, validatePack } from '../../../lib/facts/validate';

const reviewDay = new Date('2026-11-28T12:00:00Z');

describe('the shipped fact pack', () => {
  it('passes every validation rule on its review date', () => {
    const result = validatePack(packJson, { today: reviewDay });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('is what lib/facts/pack.ts gives the app (through the #factmark-pack alias)', () => {
    expect(pack).toEqual(packJson);
    const result = validatePack(pack, { today: reviewDay });
    expect(result.ok).toBe(true);
  });

  it('meets the editorial minimums: 30 facts, 15 dated events, both languages', () => {
    expect(pack.facts.length).toBeGreaterThanOrEqual(30);
    expect(pack.timeline.length).toBeGreaterThanOrEqual(15);
    expect(pack.languages).toEqual(['en', 'es']);
  });

  it('dates its status by its newest source and never after the review', () => {
    const statusSources = pack.sources.filter((s) => pack.status.sources.includes(s.id));
    const newest = statusSources
      .map((s) => s.date)
      .sort()
      .at(-1);
    expect(pack.status.asOf).toBe(newest);
    expect(pack.status.asOf <= pack.reviewed).toBe(true);
  });

  it('attributes every fact resting on the HRF fact sheet to Human Rights First in both languages', () => {
    const sheetFacts = pack.facts.filter((f) =>
      f.sources.includes('hrf-fact-sheet-unlawful-ineffective'),
    );
    expect(sheetFacts.length).toBeGreaterThan(0);
    for (const fact of sheetFacts) {
      expect(fact.text.en, fact.id).toContain('Human Rights First');
      expect(fact.text.es, fact.id).toContain('Human Rights First');
    }
  });
});
