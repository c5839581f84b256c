import { describe, expect, it } from 'vitest';
import { detectorData } from '@/lib/facts/detector-data';
import { slimDetectorData } from '@/lib/facts/detector-data-plugin';
import pack from '@/lib/facts/remain-in-mexico.json';
import type { FactPack } from '@/lib/facts/types';
import { createMatcher } from '@/lib/matching';
import { prefilterPlan } from '@/lib/matching/prefilter';
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

  it('carries the prefilter plan of its names, and the plan answers as a prefilter built at run time', () => {
    expect(detectorData.prefilterPlan).toEqual(prefilterPlan(detectorData.names));
    const texts = themes.flatMap(({ cases }) =>
      cases.flatMap(({ blocks }) => blocks.map((b) => (typeof b === 'string' ? b : b.text))),
    );
    texts.push('Protection', 'MPPs', 'Me\u0301xico', 'persecución', 'rmx', 'AMPPost', '');
    const planned = createMatcher(detectorData);
    const built = createMatcher(fullPack);
    for (const text of texts)
      expect(planned.testPrefilter(text), text).toBe(built.testPrefilter(text));
    // With a group switched off the plan (made for all names) is not used.
    const off = { groups: { acronym: false } } as const;
    expect(createMatcher(detectorData, off).testPrefilter('Critics say MPP failed.')).toBe(false);
    expect(createMatcher(fullPack, off).testPrefilter('Critics say MPP failed.')).toBe(false);
  });
});
