import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogNotesPlugin, stripCatalogNotes } from '../../../lib/i18n/catalog-notes-plugin';
import { formatMessage, type MessageEntry } from '../../../lib/i18n/format-message';

const files = readdirSync('locales').flatMap((lang) =>
  readdirSync(join('locales', lang)).map((file) => join('locales', lang, file)),
);

describe('catalog notes are left out of the bundles', () => {
  it.each(files)('%s: every message formats the same without its notes', (file) => {
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, MessageEntry>;
    const stripped = stripCatalogNotes(catalog);
    expect(Object.keys(stripped)).toEqual(Object.keys(catalog));
    for (const [name, entry] of Object.entries(catalog)) {
      const subs = ['1', '2', '3'];
      expect(formatMessage(stripped[name]!, subs), name).toBe(formatMessage(entry, subs));
      expect(JSON.stringify(stripped[name])).not.toMatch(/"(description|example)"/);
    }
  });

  it('the plugin rewrites catalog JSON only', () => {
    const plugin = catalogNotesPlugin();
    const transform = plugin.transform as (
      code: string,
      id: string,
    ) => { code: string } | undefined;
    const source = JSON.stringify({ a: { message: 'Hi', description: 'note' } });
    expect(JSON.parse(transform(source, '/x/locales/en/popup.json')!.code)).toEqual({
      a: { message: 'Hi' },
    });
    expect(transform(source, '/x/lib/facts/remain-in-mexico.json')).toBeUndefined();
  });
});
