import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, type Block, type Mention } from '@/lib/matching';
import { withoutInvisible } from '@/lib/matching/invisible';
import { detectorData } from './helpers';

const matcher = createMatcher(detectorData);

/** Words and marks that build names, cues, other senses and their look-alikes. */
const TOKENS = [
  'Remain',
  'remain',
  'REMAIN',
  'in',
  'In',
  'Mexico',
  'México',
  'Me\u0301xico',
  'Mexicotown',
  'Return',
  'to',
  'Stay',
  'Quédate',
  'Permanecer',
  'en',
  'Migrant',
  'Migration',
  'Protection',
  'Protocols',
  'Protocol',
  'Protocolos',
  'de',
  'Protección',
  'a',
  'Migrantes',
  'MPP',
  'MPPs',
  'MPPT',
  'AMPPost',
  'MPP+',
  'RMX',
  '2.0',
  'the',
  'program',
  'policy',
  'so-called',
  'known as',
  'asylum seekers',
  'Tijuana',
  'immigration court',
  'DHS',
  'Ontario',
  "Queen's Park",
  'inverter',
  'Jane Doe,',
  'forced',
  'City',
  '(',
  ')',
  '“',
  '”',
  '"',
  "'",
  '’s',
  '«',
  '»',
  '-',
  ' ',
  '  ',
  '\u00a0',
  '\n',
  '.',
  ',',
  ':',
  '?',
  '¿',
  '#',
  '_',
  // Invisible inside a word: soft hyphen, word joiner, zero-width no-break space.
  '\u00ad',
  'Mex\u00adico',
  'Pro\u00adtec\u00adtion',
  'M\u2060PP',
  '\ufeff',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: loneSurrogate },
);
/** Text that often contains names and their look-alikes, and any Unicode at all. */
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const block = fc.record(
  { text, lang: fc.constantFrom('en', 'es', 'es-MX', 'fr', '') },
  { requiredKeys: ['text'] },
);
const blocks = fc.array(block, { maxLength: 6 });
const page = fc.record(
  { lang: fc.constantFrom('en', 'es'), title: text, description: text, text },
  { requiredKeys: [] },
);
const strictness = fc.constantFrom('strict' as const, 'balanced' as const, 'loose' as const);

const pageContext = (p: {
  lang?: string;
  title?: string;
  description?: string;
  text?: string;
}) => ({
  ...p,
  text: p.text === undefined ? undefined : () => p.text ?? '',
});

function checkShape(found: Mention[], input: readonly Block[]): void {
  let previous: Mention | undefined;
  for (const mention of found) {
    const source = input[mention.block]?.text;
    expect(source).toBeDefined();
    expect(mention.start).toBeGreaterThanOrEqual(0);
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.end).toBeLessThanOrEqual(source?.length ?? -1);
    expect(mention.text).toBe(source?.slice(mention.start, mention.end));
    expect(['en', 'es']).toContain(mention.lang);
    if (previous) {
      const ordered =
        previous.block < mention.block ||
        (previous.block === mention.block && previous.end <= mention.start);
      expect(ordered).toBe(true);
    }
    previous = mention;
  }
}

describe('detect on arbitrary input', () => {
  it('never throws, and returns in-bounds, ordered, non-overlapping mentions equal to their slice', () => {
    fc.assert(
      fc.property(blocks, page, strictness, (input, p, s) => {
        const found = createMatcher(detectorData, { acronymStrictness: s }).detect(
          input,
          pageContext(p),
        );
        checkShape(found, input);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic, also across matcher instances', () => {
    fc.assert(
      fc.property(blocks, page, (input, p) => {
        const first = matcher.detect(input, pageContext(p));
        expect(matcher.detect(input, pageContext(p))).toEqual(first);
        expect(createMatcher(detectorData).detect(input, pageContext(p))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the page text at most once per call', () => {
    fc.assert(
      fc.property(blocks, text, (input, pageText) => {
        let reads = 0;
        matcher.detect(input, { text: () => ((reads += 1), pageText) });
        expect(reads).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('decides names and styled names from their own block alone', () => {
    const own = (found: Mention[], block: number) =>
      found
        .filter((m) => m.block === block && m.reason.kind !== 'context')
        .map(({ start, end, nameId, reason }) => ({ start, end, nameId, reason }));
    fc.assert(
      fc.property(block, blocks, (target, others) => {
        const alone = matcher.detect([target], {});
        const together = matcher.detect([...others, target], {});
        expect(own(together, others.length)).toEqual(own(alone, 0));
      }),
      { numRuns: 200 },
    );
  });
});

describe('prefilter contract', () => {
  // Words as a reader sees them: a soft hyphen inside a word does not split it.
  const words = (s: string) => withoutInvisible(s).match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];

  it('is a non-global, non-sticky regex', () => {
    expect(matcher.prefilter.global).toBe(false);
    expect(matcher.prefilter.sticky).toBe(false);
  });

  it('every mention contains a whole word the prefilter matches on its own', () => {
    fc.assert(
      fc.property(blocks, page, (input, p) => {
        for (const mention of matcher.detect(input, pageContext(p))) {
          expect(words(mention.text).some((word) => matcher.prefilter.test(word))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a block the prefilter rejects has no mentions', () => {
    fc.assert(
      fc.property(blocks, page, (input, p) => {
        const found = matcher.detect(input, pageContext(p));
        input.forEach((b, i) => {
          if (!matcher.prefilter.test(withoutInvisible(b.text))) {
            expect(found.filter((m) => m.block === i)).toEqual([]);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('holds for every group setting (the prefilter follows the enabled names)', () => {
    const groups = fc.record({
      common: fc.boolean(),
      official: fc.boolean(),
      acronym: fc.boolean(),
      spanish: fc.boolean(),
    });
    fc.assert(
      fc.property(groups, blocks, (enabled, input) => {
        const m = createMatcher(detectorData, { groups: enabled });
        for (const mention of m.detect(input, {})) {
          expect(words(mention.text).some((word) => m.prefilter.test(word))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
