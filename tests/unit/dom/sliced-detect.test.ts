import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { detectSliced, groupBlocks } from '../../../lib/dom/sliced-detect';
import type { Slicer } from '../../../lib/dom/slicer';
import { createMatcher, type Block, type PageContext } from '../../../lib/matching';
import { detectorData } from '../matching/helpers';

/** A slicer that asks to yield after every group and counts the yields. */
function eagerSlicer(): Slicer & { yields: number } {
  const slicer = {
    yields: 0,
    due: () => true,
    yield: async () => {
      slicer.yields++;
    },
    check: () => undefined,
  };
  return slicer;
}

const text = (n: number) => ({ text: 'x'.repeat(n) });

describe('groupBlocks', () => {
  it('cuts consecutive blocks into groups under the budget; an oversized block stands alone', () => {
    const sizes = (groups: Block[][]) => groups.map((g) => g.map((b) => b.text.length));
    expect(sizes(groupBlocks([text(4), text(4), text(4)], 10))).toEqual([[4, 4], [4]]);
    expect(sizes(groupBlocks([text(30), text(2), text(2)], 10))).toEqual([[30], [2, 2]]);
    expect(sizes(groupBlocks([text(2), text(30)], 10))).toEqual([[2], [30]]);
    expect(groupBlocks([], 10)).toEqual([]);
  });
});

// Blocks whose verdicts depend on each other: MPP is marked only on the evidence of other blocks.
const BLOCKS: Block[] = [
  { text: 'DHS sent asylum seekers back to Tijuana to wait for immigration court.' },
  { text: 'Weather was mild along the border this week.' },
  { text: 'Critics say MPP failed the families it was meant to protect.' },
  { text: 'Ontario MPP Jane Doe spoke at Queen’s Park about her riding.' },
  { text: 'The “Remain in Mexico” program returned in January 2025.' },
  { text: 'A solar MPPT charger tracks the maximum power point.' },
  { text: 'Lawyers said MPP 2.0 hearings resumed in Laredo tents.' },
  { text: 'Se reanudó el programa Quédate en México, según el DHS.' },
  { text: 'Officials said the MPP was expanded.' },
];

describe('detectSliced', () => {
  const matcher = createMatcher(detectorData);
  const page: PageContext = { title: 'Border dispatch', lang: 'en' };

  it('under the budget: one detect call, no yield', async () => {
    const detect = vi.spyOn(matcher, 'detect');
    const slicer = eagerSlicer();
    const found = await detectSliced(matcher, BLOCKS, page, slicer);
    expect(detect).toHaveBeenCalledTimes(1);
    expect(slicer.yields).toBe(0);
    expect(found).toEqual(matcher.detect(BLOCKS, page));
    detect.mockRestore();
  });

  it('over the budget: the same mentions, block indexes into the whole list, a yield per group', async () => {
    const whole = matcher.detect(BLOCKS, page);
    // Context decides: the cue-less MPP of block 2 is accepted on block 0's cues.
    expect(whole.map((m) => [m.block, m.text])).toContainEqual([2, 'MPP']);
    expect(whole.map((m) => m.block)).not.toContain(3);
    const slicer = eagerSlicer();
    const found = await detectSliced(matcher, BLOCKS, page, slicer, 70);
    expect(found).toEqual(whole);
    expect(slicer.yields).toBe(2 * groupBlocks(BLOCKS, 70).length);
  });

  it('reads the page text at most once over all groups, and only when a form needs it', async () => {
    const blocks = [{ text: 'Critics say MPP failed.' }, ...BLOCKS.slice(1, 2), text(100)];
    const read = vi.fn(() => 'DHS returned asylum seekers to Tijuana.');
    const found = await detectSliced(matcher, blocks, { text: read }, eagerSlicer(), 30);
    expect(read).toHaveBeenCalledTimes(1);
    expect(found.map((m) => [m.block, m.text, m.reason.kind])).toEqual([[0, 'MPP', 'context']]);
    const plain = vi.fn(() => '');
    await detectSliced(matcher, [BLOCKS[4]!, text(100)], { text: plain }, eagerSlicer(), 30);
    expect(plain).not.toHaveBeenCalled();
  });

  it('property: any blocks, any budget, any page text give exactly one call’s mentions', async () => {
    const block = fc.record({
      text: fc.oneof(fc.constantFrom(...BLOCKS.map((b) => b.text)), fc.string({ maxLength: 30 })),
      lang: fc.constantFrom(undefined, 'en', 'es'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(block, { maxLength: 12 }),
        fc.integer({ min: 1, max: 400 }),
        fc.option(fc.constantFrom(...BLOCKS.map((b) => b.text)), { nil: undefined }),
        fc.constantFrom<Required<Parameters<typeof createMatcher>>[1]['acronymStrictness']>(
          'strict',
          'balanced',
          'loose',
        ),
        async (blocks, budget, pageText, strictness) => {
          const m = createMatcher(detectorData, { acronymStrictness: strictness });
          const p = { ...page, ...(pageText !== undefined && { text: () => pageText }) };
          expect(await detectSliced(m, blocks, p, eagerSlicer(), budget)).toEqual(
            m.detect(blocks, p),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
