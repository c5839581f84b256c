import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageEntry } from '../../../lib/i18n';

// Read the files themselves (not the bundled modules) so a catalog someone adds is checked too.
const LOCALES = resolve(__dirname, '../../../locales');
const LANGS = ['en', 'es'];
const AREAS = readdirSync(join(LOCALES, 'en')).filter((f) => f.endsWith('.json'));

function read(lang: string, area: string): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(join(LOCALES, lang, area), 'utf8'));
}

/** `$NAME$` references in a message, lowercased (the browser matches them case-insensitively). */
function referencedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

function placeholderContents(entry: MessageEntry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
}

describe('message catalogs', () => {
  it('exist for the same areas in every language', () => {
    for (const lang of LANGS) {
      expect(readdirSync(join(LOCALES, lang)).sort()).toEqual([...AREAS].sort());
    }
    expect(AREAS).toEqual(expect.arrayContaining(['common.json', 'options.json']));
  });

  describe.each(AREAS)('%s', (area) => {
    const en = read('en', area);
    const es = read('es', area);

    it('has exactly the same keys in English and Spanish', () => {
      expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    });

    it('has the same placeholders, with the same contents, in both languages', () => {
      for (const key of Object.keys(en)) {
        expect(placeholderContents(es[key]!), key).toEqual(placeholderContents(en[key]!));
      }
    });

    it.each(LANGS)('(%s) has no empty message and no undocumented one', (lang) => {
      for (const [key, entry] of Object.entries(read(lang, area))) {
        expect(entry.message.trim(), key).not.toBe('');
        expect(entry.description?.trim(), key).toBeTruthy();
      }
    });

    it.each(LANGS)('(%s) uses every placeholder it declares, and only those', (lang) => {
      for (const [key, entry] of Object.entries(read(lang, area))) {
        const declared = Object.keys(placeholderContents(entry)).sort();
        expect(referencedPlaceholders(entry.message), key).toEqual(declared);
      }
    });

    it('prefixes its keys with its area (common keys with none)', () => {
      const prefix = area.replace('.json', '_');
      const areaPrefixes = AREAS.filter((a) => a !== 'common.json').map((a) =>
        a.replace('.json', '_'),
      );
      for (const key of Object.keys(en)) {
        if (area === 'common.json') {
          expect(
            areaPrefixes.some((p) => key.startsWith(p)),
            key,
          ).toBe(false);
        } else {
          expect(key.startsWith(prefix), key).toBe(true);
        }
      }
    });
  });

  it('defines every __MSG_ key the manifest uses, within store length limits', () => {
    const config = readFileSync(resolve(__dirname, '../../../wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'extActionTitle']));
    for (const lang of LANGS) {
      const common = read(lang, 'common.json');
      for (const key of used) expect(common[key]?.message, `${lang} ${key}`).toBeTruthy();
      expect(common.extName!.message.length).toBeLessThanOrEqual(75);
      expect(common.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
