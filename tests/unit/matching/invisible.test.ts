import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText, withoutInvisible } from '@/lib/matching/invisible';
import { themes } from './cases';
import { detect, reasonTag } from './helpers';

const INVISIBLE = ['\u00ad', '\u2060', '\ufeff'];
/** Text made of letters, spaces and invisible characters, runs of them included. */
const text = fc
  .array(fc.constantFrom('a', 'b', 'é', ' ', '\u0301', ...INVISIBLE), { maxLength: 30 })
  .map((chars) => chars.join(''));

describe('visibleText', () => {
  it('is undefined for a text without invisible characters', () => {
    expect(visibleText('Remain in Mexico')).toBeUndefined();
    expect(withoutInvisible('Remain in Mexico')).toBe('Remain in Mexico');
  });

  it('maps every visible span back to the source span from its first to its last character', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const seen = visibleText(source);
        const visible = seen?.text ?? source;
        expect(visible).toBe(withoutInvisible(source));
        expect(INVISIBLE.some((c) => visible.includes(c))).toBe(false);
        if (!seen || visible.length === 0) return;
        const start = Math.min(a, b) % visible.length;
        const end = start + 1 + (Math.max(a, b) % (visible.length - start));
        const span = seen.toSource(start, end);
        expect(withoutInvisible(source.slice(span.start, span.end))).toBe(
          visible.slice(start, end),
        );
        expect(INVISIBLE).not.toContain(source[span.start]);
        expect(INVISIBLE).not.toContain(source[span.end - 1]);
      }),
      { numRuns: 2000 },
    );
  });
});

/** `text` with `mark` after the second letter of every word of four letters or more. */
const hyphenate = (text: string, mark: string) =>
  text.replace(/(?<![\p{L}\p{M}])(\p{L}\p{M}*\p{L}\p{M}*)(?=\p{L}{2})/gu, `$1${mark}`);

describe('the matcher reads text as it is shown', () => {
  const all = themes.flatMap(({ cases }) => cases);

  it('changes words in most cases of the table (the test below is not empty)', () => {
    const changed = all.filter((c) =>
      c.blocks.some((b) => {
        const t = typeof b === 'string' ? b : b.text;
        return hyphenate(t, '\u00ad') !== t;
      }),
    );
    expect(changed.length).toBeGreaterThan(200);
  });

  it.each(INVISIBLE.map((mark) => [mark.codePointAt(0)!.toString(16), mark]))(
    'U+%s inside words: every case of the table finds the same mentions, mapped onto the source',
    (_, mark) => {
      for (const { label, blocks, page, options, expect: expected } of all) {
        const source = blocks.map((b) =>
          typeof b === 'string' ? hyphenate(b, mark) : { ...b, text: hyphenate(b.text, mark) },
        );
        const texts = source.map((b) => (typeof b === 'string' ? b : b.text));
        const found = detect(source, page, options);
        for (const m of found) expect(m.text).toBe(texts[m.block]!.slice(m.start, m.end));
        expect(
          found.map((m) => [withoutInvisible(m.text), m.nameId, reasonTag(m), m.block]),
          label,
        ).toEqual(expected.map(([t, id, reason, block = 0]) => [t, id, reason, block]));
      }
    },
  );
});
