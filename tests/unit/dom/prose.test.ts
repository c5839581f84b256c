// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlock } from '../../../lib/dom/blocks';
import { Scanner } from '../../../lib/dom/scanner';
import { sentenceAround } from '../../../lib/text/sentence';
import { literalMatcher } from './literal-matcher';

/** A paragraph of text nodes, inline elements and <br>s, from a list of parts. */
function paragraph(parts: readonly (string | { br: true } | { em: string })[]): HTMLElement {
  const p = document.createElement('p');
  for (const part of parts) {
    if (typeof part === 'string') p.append(part);
    else if ('br' in part) p.append(document.createElement('br'));
    else p.append(Object.assign(document.createElement('em'), { textContent: part.em }));
  }
  document.body.replaceChildren(p);
  return p;
}

const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('\n', '\r\n', ' line\nbreak ', 'Remain in Mexico. '),
);
const parts = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.constant({ br: true as const }) },
    { weight: 1, arbitrary: piece.map((em) => ({ em })) },
  ),
  { maxLength: 12 },
);

describe('readBlock', () => {
  it('reads source line breaks as spaces and a <br> as a line break, node for node', () => {
    fc.assert(
      fc.property(parts, (list) => {
        const block = readBlock(paragraph(list));
        const expected = list
          .map((part) =>
            typeof part === 'string'
              ? part.replace(/[\n\r]/g, ' ')
              : 'br' in part
                ? '\n'
                : part.em.replace(/[\n\r]/g, ' '),
          )
          .join('');
        expect(block.text).toBe(expected);
        // Offsets into the block text are offsets into its nodes.
        for (const [i, { start, node }] of block.segments.entries()) {
          const end = block.segments[i + 1]?.start ?? block.text.length;
          expect(end - start).toBe(node ? node.data.length : 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('mention sentences in long blocks', () => {
  it('are read near the mention and equal the sentence of the whole text', async () => {
    const filler = 'The hearing was postponed again. '.repeat(30_000);
    const p = paragraph([
      filler,
      'Under Remain in ',
      { em: 'Mexico' },
      ', families\nwaited. ',
      filler,
    ]);
    const scanner = new Scanner({
      root: document.body,
      matcher: literalMatcher(),
      page: {},
      slicer: { yieldToMain: () => Promise.resolve() },
    });
    await scanner.scanAll();
    expect(scanner.mentions.map((m) => m.sentence)).toEqual([
      'Under Remain in Mexico, families waited.',
    ]);
    const block = readBlock(p);
    const start = block.text.indexOf('Remain in Mexico');
    expect(scanner.mentions[0]!.sentence).toBe(
      sentenceAround(block.text, start, start + 'Remain in Mexico'.length),
    );
  });
});
