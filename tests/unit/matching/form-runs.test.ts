import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/matching';
import { letterRuns } from '@/lib/matching/form-runs';
import { themes } from './cases';
import { detectorData, toBlocks } from './helpers';

const matcher = createMatcher(detectorData);

describe('letterRuns', () => {
  it.each([
    ['Protocolos de Protección a Migrantes', ['protocolos', 'de', 'proteccion', 'a', 'migrantes']],
    ['QUÉDATE EN MÉXICO', ['quedate', 'en', 'mexico']],
    ['Que\u0301date', ['quedate']],
    ['Remain-in-Mexico’s', ['remain', 'in', 'mexico', 's']],
    ['MPP 2.0', ['mpp']],
    ['Protection\u017f', ['protections']],
    // The mark run after an accented letter also takes the Greek iotas (case-insensitively).
    ['Protectio\u0399n Me\u03b9xico \u03b9\u1fbe', ['protection', 'mexico']],
    ['', []],
  ])('%j → %j', (text, runs) => {
    expect(letterRuns(text)).toEqual(runs);
  });
});

describe('mayMention', () => {
  it.each([
    ['The Migrant Protection Protocols began in 2019.', true],
    ['Under Remain-in-Mexico, families waited.', true],
    ['«Quédate en México» volvió.', true],
    ['Critics say MPP failed.', true],
    ['The Migrant Protectio\u0399n Protocols began.', true],
    ['Data protection rules in Mexico changed.', false],
    ['Travel to Mexico City remains popular.', false],
    ['A solar MPPT charger.', false],
    ['Protección de datos en México.', false],
  ])('%j → %s', (text, expected) => {
    expect(matcher.mayMention(text)).toBe(expected);
  });

  const positives = themes.flatMap(({ cases }) =>
    cases.flatMap((c) =>
      c.expect.map(([text, , , block = 0]) => ({ label: c.label, text, block: c.blocks[block]! })),
    ),
  );

  it(`is true for the block of every labelled mention (${positives.length} mentions)`, () => {
    for (const { label, block } of positives) {
      const [{ text }] = toBlocks([block]) as [{ text: string }];
      expect(matcher.mayMention(text), label).toBe(true);
    }
  });

  it('follows the enabled name groups', () => {
    const noAcronym = createMatcher(detectorData, { groups: { acronym: false } });
    expect(noAcronym.mayMention('Critics say MPP failed.')).toBe(false);
    expect(noAcronym.mayMention('The Remain in Mexico policy.')).toBe(true);
  });
});

// Text built from name words, look-alikes, accents, marks, separators and arbitrary Unicode.
const TOKENS = [
  'Remain',
  'in',
  'Mexico',
  'México',
  'Me\u0301xico',
  'MEXICO',
  'remain',
  'Migrant',
  'Migration',
  'Protection',
  'Protección',
  'Protocols',
  'Protocol',
  'Protocolos',
  'de',
  'a',
  'al',
  'Migrantes',
  'Quédate',
  'Quedate',
  'en',
  'Permanecer',
  'MPP',
  'MPPs',
  'MPPT',
  'RMX',
  '2.0',
  'program',
  'policy',
  'asylum',
  'Tijuana',
  'DHS',
  'Ontario',
  '’s',
  "'",
  '"',
  '“',
  '”',
  '«',
  '»',
  '-',
  ' ',
  '\n',
  '\u00a0',
  '\u200b',
  '\u0301',
  '\u017f',
  // Greek iotas: the patterns' case-insensitive mark class [\u0300-\u036f] matches them too.
  '\u03b9',
  '\u0399',
  '\u1fbe',
  'Me\u03b9xico',
  'Protectio\u0399n',
  '.',
  ',',
  '(',
  ')',
  '_',
  '2',
];
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const blocks = fc.array(fc.record({ text }), { minLength: 1, maxLength: 5 });
const strictness = fc.constantFrom('strict' as const, 'balanced' as const, 'loose' as const);

describe('mayMention contract (property)', () => {
  it('every mention detect finds is in a block mayMention accepts', () => {
    fc.assert(
      fc.property(blocks, text, strictness, (input, pageText, s) => {
        const m = createMatcher(detectorData, { acronymStrictness: s });
        for (const mention of m.detect(input, { text: () => pageText, title: pageText })) {
          expect(m.mayMention(input[mention.block]!.text)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
