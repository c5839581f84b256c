/**
 * The case table again, with every regex forced onto its exact Unicode version (as on pages in
 * other scripts): the fast Latin versions (`latin-regexp.ts`) must never be what makes a case pass.
 */
import { describe, expect, it, vi } from 'vitest';
import { themes } from './cases';
import { detect, reasonTag } from './helpers';

vi.mock('@/lib/matching/char-classes', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/matching/char-classes')>()),
  isLatin: () => false,
}));

describe('with the exact regexes only', () => {
  it.each(themes)('$theme: every case finds what it expects', ({ cases }) => {
    const results = cases.map(({ blocks, page, options }) =>
      detect(blocks, page, options).map((m) => `${m.block}:${m.text}:${m.nameId}:${reasonTag(m)}`),
    );
    const expected = cases.map((c) =>
      c.expect.map(([text, id, reason, block = 0]) => `${block}:${text}:${id}:${reason}`),
    );
    expect(results).toEqual(expected);
  });

  it('does run the exact versions', async () => {
    const { latinRegExp } = await import('@/lib/matching/latin-regexp');
    expect(latinRegExp(String.raw`\p{L}`, 'u').pick('abc').flags).toBe('u');
  });
});
