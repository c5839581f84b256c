import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/matching';
import { anchorWords } from '@/lib/matching/prefilter';
import { detectorData } from './helpers';

describe('prefilter', () => {
  const { prefilter } = createMatcher(detectorData);

  it('anchors every name on a few words, chosen from the pack', () => {
    expect(anchorWords(detectorData.names)).toEqual([
      'mexico',
      'mpp',
      'persecution',
      'proteccion',
      'protection',
      'rmx',
    ]);
  });

  it.each([
    'Remain in Mexico',
    'QUÉDATE EN MÉXICO',
    'Me\u0301xico',
    'Mexico’s',
    'Protocolos de Proteccion',
    'Migrant Protection',
    'MPP',
    'mpp',
    'RMX',
  ])('passes "%s"', (text) => {
    expect(prefilter.test(text)).toBe(true);
  });

  it.each(['Mexicotown', 'AMPPost', 'MPPs', 'New Mexicans', 'protect', 'remainder', ''])(
    'rejects "%s"',
    (text) => {
      expect(prefilter.test(text)).toBe(false);
    },
  );

  it('follows the enabled groups', () => {
    const spanishOnly = createMatcher(detectorData, {
      groups: { common: false, official: false, acronym: false },
    }).prefilter;
    expect(spanishOnly.test('MPP')).toBe(false);
    expect(spanishOnly.test('Protección')).toBe(true);
    const none = createMatcher(detectorData, {
      groups: { common: false, official: false, acronym: false, spanish: false },
    }).prefilter;
    expect(none.test('Remain in Mexico MPP')).toBe(false);
  });

  it('gives the same answer when called repeatedly (no lastIndex state)', () => {
    expect([1, 2, 3].map(() => prefilter.test('x Mexico'))).toEqual([true, true, true]);
  });
});
