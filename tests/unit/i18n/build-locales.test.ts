import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLocaleFiles, mergeCatalogs } from '../../../lib/i18n/build-locales';

function localesDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-locales-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const hello = { message: 'Hello', description: 'Greeting.' };

describe('buildLocaleFiles', () => {
  it('merges each language’s area files into one messages.json without descriptions', () => {
    const dir = localesDir({
      'en/common.json': { extName: hello },
      'en/popup.json': {
        popup_count: {
          message: '$N$ items',
          description: 'x',
          placeholders: { n: { content: '$1' } },
        },
      },
      'es/common.json': { extName: { message: 'Hola', description: 'Greeting.' } },
    });
    const files = buildLocaleFiles(dir);
    expect(files.map((f) => f.relativeDest)).toEqual([
      '_locales/en/messages.json',
      '_locales/es/messages.json',
    ]);
    expect(JSON.parse(files[0]!.contents)).toEqual({
      extName: { message: 'Hello' },
      popup_count: { message: '$N$ items', placeholders: { n: { content: '$1' } } },
    });
    expect(JSON.parse(files[1]!.contents)).toEqual({ extName: { message: 'Hola' } });
  });

  it('names the file when a catalog is not valid JSON', () => {
    const dir = localesDir({ 'en/common.json': '{ "extName": ' });
    expect(() => buildLocaleFiles(dir)).toThrow(/en[/\\]common\.json/);
  });

  it('builds the real catalogs, including the manifest’s names in both languages', () => {
    const files = buildLocaleFiles(resolve(__dirname, '../../../locales'));
    const [en, es] = files.map((f) => JSON.parse(f.contents));
    expect(en.extName.message).toBe('Factmark: context on Remain in Mexico (MPP)');
    expect(es.extName.message).toMatch(/Quédate en México/);
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('mergeCatalogs', () => {
  it.each([
    [
      'the same name in two files',
      { 'en/a.json': { greet: hello }, 'en/b.json': { greet: hello } },
      /"greet" is defined in both en\/a\.json and en\/b\.json/,
    ],
    [
      'names that differ only in case (the browser treats them as one)',
      { 'en/a.json': { greet: hello }, 'en/b.json': { GREET: hello } },
      /defined in both/,
    ],
    ['a name the browser rejects', { 'en/a.json': { 'bad-name': hello } }, /invalid message name/],
    ['an empty message', { 'en/a.json': { greet: { message: ' ' } } }, /has no text/],
    ['a catalog that is not an object', { 'en/a.json': ['x'] }, /must be a JSON object/],
  ])('refuses %s', (_case, parts, error) => {
    expect(() => mergeCatalogs(parts)).toThrow(error);
  });
});
