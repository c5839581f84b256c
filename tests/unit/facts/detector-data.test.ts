import { describe, expect, it } from 'vitest';
import { detectorData } from '@/lib/facts/detector-data';
import { slimDetectorData } from '@/lib/facts/detector-data-plugin';
import pack from '@/lib/facts/remain-in-mexico.json';
import type { FactPack } from '@/lib/facts/types';
import { createMatcher } from '@/lib/matching';
import { themes } from '../matching/cases';

const fullPack = pack as unknown as FactPack;

describe('the content script’s detector data', () => {
  it('is the slimmed pack, through the virtual module', () => {
    expect(detectorData).toEqual(slimDetectorData(fullPack));
  });

  it('holds every form, cue and other sense of the pack, and none of their texts', () => {
    expect(detectorData.names.map((n) => n.forms)).toEqual(fullPack.names.map((n) => n.forms));
    expect(detectorData.detection.cues.flatMap((c) => c.terms)).toEqual(
      fullPack.detection.cues.flatMap((c) => c.terms),
    );
    const json = JSON.stringify(detectorData);
    for (const key of ['meaning', 'note', 'label', 'sense"', 'sources']) {
      expect(json).not.toContain(`"${key}`);
    }
    expect(json.length).toBeLessThan(JSON.stringify(fullPack.names).length);
  });

  it('finds exactly what the full pack finds on every case of the matcher table', () => {
    const slim = createMatcher(detectorData);
    const full = createMatcher(fullPack);
    for (const { cases } of themes) {
      for (const { blocks, page } of cases) {
        const input = blocks.map((b) => (typeof b === 'string' ? { text: b } : b));
        const context = { ...page, text: page?.text === undefined ? undefined : () => page.text! };
        expect(slim.detect(input, context)).toEqual(full.detect(input, context));
      }
    }
  });
});
