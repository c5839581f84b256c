/**
 * The content script runs the matcher on every page, including very large ones. These tests feed
 * 1 MB adversarial strings and assert on behaviour only (no timings): that detect returns, with the
 * right result. The generous timeout only keeps a regression from hanging the suite.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/matching';
import { detectorData } from './helpers';

const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
const matcher = createMatcher(detectorData);
const TIMEOUT = 60_000;

describe('1 MB adversarial blocks', () => {
  it.each([
    ['a name prefix that never completes', fill('remain in ')],
    ['one word that is no name', fill('a')],
    ['a million spaces inside a name', `Remain${' '.repeat(MB)}in Mexico policy`],
    ['a million combining marks inside a name', `Remain in Me${'\u0301'.repeat(MB)}xico policy`],
    ['acronyms beside another sense', fill('MPP Ontario ')],
    ['acronyms with titles after them', fill('asylum MPP Smith ')],
    ['look-alike acronyms', fill('MPPs MPPT AMPPost ')],
    ['half of many Spanish names', fill('Protocolos de Protección de Protocolos ')],
    ['unpaired surrogates', fill('\ud800MPP\udc00 ')],
  ])(
    '%s: returns no mention',
    (_why, text) => {
      expect(matcher.detect([{ text }], { text: () => text })).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a million acronyms without evidence, page text the same',
    () => {
      const text = fill('MPP ');
      expect(matcher.detect([{ text }], { text: () => text })).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'tens of thousands of real mentions are all found',
    () => {
      const unit = '“Remain in Mexico” ';
      const text = fill(unit);
      expect(matcher.detect([{ text }], {})).toHaveLength(Math.ceil(MB / unit.length));
    },
    TIMEOUT,
  );

  it(
    'tens of thousands of acronyms with cues are all found',
    () => {
      const unit = 'Under MPP, asylum seekers waited in Tijuana. ';
      const text = fill(unit);
      const found = matcher.detect([{ text }], {});
      expect(found).toHaveLength(Math.ceil(MB / unit.length));
      expect(found.every((m) => m.reason.kind === 'context')).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'many small blocks',
    () => {
      const blocks = Array.from({ length: 20_000 }, (_, i) => ({
        text: i % 2 ? 'Ontario MPP Jane Doe spoke.' : 'The Remain in Mexico program resumed.',
      }));
      expect(matcher.detect(blocks, {})).toHaveLength(10_000);
    },
    TIMEOUT,
  );

  it(
    'the prefilter scans a 1 MB node',
    () => {
      expect(matcher.prefilter.test(fill('Mexicotown AMPPost '))).toBe(false);
      expect(matcher.prefilter.test(`${fill('Mexicotown ')} Mexico`)).toBe(true);
    },
    TIMEOUT,
  );
});
