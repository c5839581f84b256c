import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PACK_PATH,
  assertPackFile,
  resolvePackPath,
} from '../../../lib/facts/check-pack-file';
import packJson from '../../../lib/facts/remain-in-mexico.json';

const work = mkdtempSync(join(tmpdir(), 'factmark-pack-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const reviewDay = new Date('2026-11-28T12:00:00Z');

describe('resolvePackPath', () => {
  it.each([
    ['no override', {}, DEFAULT_PACK_PATH],
    ['a blank override', { FACTMARK_PACK: '  ' }, DEFAULT_PACK_PATH],
    ['an absolute override', { FACTMARK_PACK: '/data/pack.json' }, '/data/pack.json'],
    ['a relative override', { FACTMARK_PACK: 'fixtures/pack.json' }, '/repo/fixtures/pack.json'],
  ])('uses the default pack or FACTMARK_PACK (%s)', (_name, env, expected) => {
    expect(resolvePackPath(env, '/repo')).toBe(expected);
  });

  it('defaults to the pack shipped in lib/facts', () => {
    expect(DEFAULT_PACK_PATH).toMatch(/lib\/facts\/remain-in-mexico\.json$/);
  });
});

describe('assertPackFile', () => {
  it('accepts the shipped pack', () => {
    expect(() => assertPackFile(DEFAULT_PACK_PATH, reviewDay)).not.toThrow();
  });

  it('throws with one line per issue, each naming the id and field', () => {
    const broken = structuredClone(packJson);
    broken.sources[0]!.url = 'http://example.org/';
    broken.timeline[0]!.text.en = '';
    const path = join(work, 'two-issues.json');
    writeFileSync(path, JSON.stringify(broken));
    expect(() => assertPackFile(path, reviewDay)).toThrow(
      `Fact pack ${path} is invalid (2 issue(s)):\n` +
        `  - sources[id=${broken.sources[0]!.id}].url: "http://example.org/" is not an https:// URL\n` +
        `  - timeline[id=${broken.timeline[0]!.id}].text.en: missing English text`,
    );
  });

  it('says so when the file is not JSON', () => {
    const path = join(work, 'not-json.json');
    writeFileSync(path, '{ "facts": [ }');
    expect(() => assertPackFile(path, reviewDay)).toThrow(
      `Fact pack ${path} cannot be read as JSON`,
    );
  });
});
