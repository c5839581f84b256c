import { describe, expect, it } from 'vitest';
import { themes } from './cases';
import { detect, reasonTag } from './helpers';

describe.each(themes)('$theme', ({ cases }) => {
  it.each(cases)('$label', ({ blocks, page, options, expect: expected }) => {
    const found = detect(blocks, page, options).map(
      (m) => [m.text, m.nameId, reasonTag(m), m.block] as const,
    );
    expect(found).toEqual(
      expected.map(([text, id, reason, block = 0]) => [text, id, reason, block]),
    );
  });
});

describe('the case table', () => {
  const all = themes.flatMap((theme) => theme.cases.map((c) => ({ ...c, lang: theme.lang })));

  it('has at least 150 labelled cases, each label unique', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((c) => c.label)).size).toBe(all.length);
  });

  it('covers positives and negatives in both languages', () => {
    const count = (lang: string, positive: boolean) =>
      all.filter((c) => c.lang === lang && c.expect.length > 0 === positive).length;
    expect(count('en', true)).toBeGreaterThanOrEqual(40);
    expect(count('en', false)).toBeGreaterThanOrEqual(40);
    expect(count('es', true)).toBeGreaterThanOrEqual(15);
    expect(count('es', false)).toBeGreaterThanOrEqual(10);
  });
});
