import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  exportSettings,
  getSettings,
  importSettings,
  resetSettings,
  setSetting,
  type ImportProblem,
} from '../../../lib/settings';

const NOW = new Date('2026-11-28T12:00:00Z');

/** Some non-default settings, so "nothing changed" is visible. */
async function customize() {
  await setSetting('enabled', false);
  await setSetting('markStyle', 'tint');
  await setSetting('siteRules', { mode: 'all-except', except: ['foxnews.com'], only: [] });
}

const file = (settings: unknown, envelope: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'factmark-settings', version: 1, settings, ...envelope });

beforeEach(() => fakeBrowser.reset());

describe('exportSettings', () => {
  it('writes every setting in a dated, versioned envelope', async () => {
    await customize();
    const exported = JSON.parse(await exportSettings(NOW));
    expect(exported).toEqual({
      format: 'factmark-settings',
      version: 1,
      exportedAt: '2026-11-28T12:00:00.000Z',
      settings: await getSettings(),
    });
    expect(exported.settings.markStyle).toBe('tint');
  });

  it('round-trips through import after a reset', async () => {
    await customize();
    const before = await getSettings();
    const text = await exportSettings(NOW);
    await resetSettings();
    expect((await getSettings()).enabled).toBe(true);

    const result = await importSettings(text);

    expect(result).toEqual({ ok: true, imported: Object.keys(before) });
    expect(await getSettings()).toEqual(before);
  });
});

describe('importSettings', () => {
  it('applies a partial file and leaves the other settings as they are', async () => {
    await customize();
    const result = await importSettings(file({ markStyle: 'hidden', theme: 'dark' }));
    expect(result).toEqual({ ok: true, imported: ['markStyle', 'theme'] });
    const settings = await getSettings();
    expect(settings).toMatchObject({ markStyle: 'hidden', theme: 'dark', enabled: false });
    expect(settings.siteRules.except).toEqual(['foxnews.com']);
  });

  it('normalizes imported host names', async () => {
    await importSettings(
      file({
        siteRules: { mode: 'only', except: [], only: ['https://WWW.ElPais.com/x', 'elpais.com'] },
      }),
    );
    expect((await getSettings()).siteRules.only).toEqual(['elpais.com']);
  });

  it.each<[string, string, ImportProblem]>([
    ['text that is not JSON', 'enabled: false', { code: 'not-json' }],
    ['an empty file', '', { code: 'not-json' }],
    ['a JSON array', '[1, 2]', { code: 'not-settings-file' }],
    ['another program’s JSON', '{"theme": "dark"}', { code: 'not-settings-file' }],
    [
      'a file without settings',
      '{"format": "factmark-settings", "version": 1}',
      { code: 'not-settings-file' },
    ],
    ['a file from a newer format', file({}, { version: 2 }), { code: 'newer-version' }],
    ['an unknown version', file({}, { version: '1' }), { code: 'not-settings-file' }],
    [
      'an unknown envelope key',
      file({ enabled: true }, { comment: 'hi' }),
      { code: 'unknown-key', key: 'comment' },
    ],
    [
      'an unknown setting',
      file({ enabled: true, fontSize: 14 }),
      { code: 'unknown-key', key: 'fontSize' },
    ],
    [
      'an unknown field inside a setting',
      file({
        names: { common: true, official: true, acronym: true, spanish: true, klingon: true },
      }),
      { code: 'unknown-key', key: 'names.klingon' },
    ],
    [
      'a value of the wrong type',
      file({ enabled: 'no' }),
      { code: 'invalid-value', key: 'enabled' },
    ],
    [
      'an unknown choice',
      file({ markStyle: 'sparkly' }),
      { code: 'invalid-value', key: 'markStyle' },
    ],
    [
      'an out-of-range number',
      file({ trigger: { mode: 'hover', hoverDelayMs: 5000 } }),
      { code: 'invalid-value', key: 'trigger.hoverDelayMs' },
    ],
    [
      'a site that is not a host name',
      file({ siteRules: { mode: 'only', except: [], only: ['ok.example', 'not a site'] } }),
      { code: 'invalid-value', key: 'siteRules.only.1' },
    ],
    [
      'a bad value after valid ones (all or nothing)',
      file({ enabled: true, markStyle: 'underline-solid', theme: 'sepia' }),
      { code: 'invalid-value', key: 'theme' },
    ],
    ['an empty settings object', file({}), { code: 'no-settings' }],
    ['a huge file', `${file({ enabled: true })}${' '.repeat(100_000)}`, { code: 'too-large' }],
  ])('refuses %s and changes nothing', async (_case, text, problem) => {
    await customize();
    const before = await fakeBrowser.storage.sync.get();

    expect(await importSettings(text)).toEqual({ ok: false, problem });
    expect(await fakeBrowser.storage.sync.get()).toEqual(before);
  });

  it('reports a storage failure and changes nothing', async () => {
    await customize();
    const before = await fakeBrowser.storage.sync.get();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );

    expect(await importSettings(file({ enabled: true, theme: 'dark' }))).toEqual({
      ok: false,
      problem: { code: 'write-failed', detail: 'QUOTA_BYTES quota exceeded' },
    });
    expect(await fakeBrowser.storage.sync.get()).toEqual(before);
  });
});
