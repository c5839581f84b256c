import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n';
import { contentCatalogs, createContentTranslator } from '@/lib/i18n/content-catalogs';

describe('the content script messages', () => {
  it.each(['en', 'es'] as const)('(%s) are the interface messages of the same names', (lang) => {
    const keys = Object.keys(contentCatalogs.en);
    expect(keys.length).toBeGreaterThan(0);
    expect(Object.keys(contentCatalogs[lang]).sort()).toEqual([...keys].sort());
    const ui = createTranslator(lang);
    const content = createContentTranslator(lang);
    for (const key of keys as (keyof typeof contentCatalogs.en)[]) {
      expect(content(key), key).toBe(ui(key));
    }
  });

  it.each([
    ['en', 1, 'Context available: 1 mention'],
    ['en', 3, 'Context available: 3 mentions'],
    ['es', 1, createTranslator('es').plural('popover_announce', 1)],
    ['es', 1_000_000, createTranslator('es').plural('popover_announce', 1_000_000)],
  ] as const)('(%s) announce %d mentions as the interface does', (lang, count, expected) => {
    expect(createContentTranslator(lang).plural('popover_announce', count)).toBe(expected);
  });
});
