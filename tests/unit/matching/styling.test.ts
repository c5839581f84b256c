import { describe, expect, it } from 'vitest';
import { blockCase, classifyPhrase } from '@/lib/matching/styling';

describe('blockCase', () => {
  it.each([
    ['Federal Judge Blocks Remain in Mexico', 'headline'],
    ['BIDEN ENDS REMAIN IN MEXICO', 'headline'],
    ['Biden administration ends Remain in Mexico policy', 'prose'],
    ['Remain in Mexico', 'prose'],
    [`${'A Long Title Case Sentence '.repeat(20)}`, 'prose'],
  ])('%s → %s', (text, expected) => {
    expect(blockCase(text)).toBe(expected);
  });
});

describe('classifyPhrase', () => {
  const site = (text: string, phrase: string, extra = {}) => {
    const start = text.indexOf(phrase);
    return classifyPhrase({
      text,
      start,
      end: start + phrase.length,
      blockCase: blockCase(text),
      besideName: false,
      besideAcronym: false,
      ...extra,
    });
  };

  it.each([
    ['the so-called “remain in Mexico” rule', 'remain in Mexico', 'strong'],
    ['forced to remain in Mexico', 'remain in Mexico', 'none'],
    ['the end of remain in Mexico', 'remain in Mexico', 'weak'],
    ['Officials asked people to Remain in Mexico', 'Remain in Mexico', 'weak'],
    ['Enjoy your Stay in Mexico', 'Stay in Mexico', 'none'],
    ['Remain in Mexico until your hearing', 'Remain in Mexico', 'weak'],
    ['remain in Mexico City', 'remain in Mexico', 'none'],
  ])('%s → %s', (text, phrase, strength) => {
    expect(site(text, phrase).strength).toBe(strength);
  });

  it('an unambiguous name beside it makes a lower-case phrase a name', () => {
    const text = 'Migrant Protection Protocols (remain in Mexico)';
    expect(site(text, 'remain in Mexico', { besideName: true })).toEqual({
      strength: 'strong',
      how: 'known-as',
    });
  });

  it('an acronym beside a lower-case phrase is only weak evidence', () => {
    const text = 'they had remain in Mexico (MPP) hearings';
    expect(site(text, 'remain in Mexico', { besideAcronym: true }).strength).toBe('strong');
    expect(
      site('people remain in Mexico (MPP)', 'remain in Mexico', { besideAcronym: true }),
    ).toEqual({
      strength: 'weak',
    });
  });

  it('looks only at a fixed window around the phrase', () => {
    const text = `${'x '.repeat(100_000)}the Remain in Mexico program${' y'.repeat(100_000)}`;
    expect(site(text, 'Remain in Mexico')).toEqual({ strength: 'strong', how: 'policy-noun' });
  });
});
