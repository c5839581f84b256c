import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  getSettings,
  resetSettings,
  SETTING_NAMES,
  setSetting,
  settingItems,
  type MarkStyle,
  type SettingName,
  type Settings,
  type SettingValue,
} from '../../../lib/settings';

const DEFAULTS: Settings = {
  enabled: true,
  siteRules: { mode: 'all-except', except: [], only: [] },
  names: { common: true, official: true, acronym: true, spanish: true },
  acronymStrictness: 'balanced',
  markStyle: 'underline-dotted',
  trigger: { mode: 'hover', hoverDelayMs: 300 },
  announce: true,
  citationFormat: 'plain',
  language: 'auto',
  theme: 'auto',
};

/** A valid value different from the default, for every setting. */
const CHANGED: Settings = {
  enabled: false,
  siteRules: { mode: 'only', except: ['foxnews.com'], only: ['elpais.com', 'nytimes.com'] },
  names: { common: true, official: false, acronym: false, spanish: true },
  acronymStrictness: 'strict',
  markStyle: 'tint',
  trigger: { mode: 'click', hoverDelayMs: 1200 },
  announce: false,
  citationFormat: 'chicago',
  language: 'es',
  theme: 'dark',
};

/** Values a hand edit, an older version or corruption could leave in storage. */
const BAD_VALUES: Record<SettingName, unknown[]> = {
  enabled: ['yes', 1, {}],
  siteRules: [
    ['nytimes.com'],
    { mode: 'everywhere', except: [], only: [] },
    { mode: 'only', except: [], only: ['not a host name'] },
    { mode: 'only', except: [] },
  ],
  names: [{ common: 'on', official: true, acronym: true, spanish: true }, { common: true }, true],
  acronymStrictness: ['medium', 2],
  markStyle: ['sparkly', ''],
  trigger: [
    { mode: 'hover', hoverDelayMs: 5000 },
    { mode: 'hover', hoverDelayMs: 99 },
    { mode: 'hover', hoverDelayMs: 250.5 },
    { mode: 'focus', hoverDelayMs: 300 },
    'hover',
  ],
  announce: ['true'],
  citationFormat: ['ieee', 0, ['plain']],
  language: ['fr', 'EN'],
  theme: ['sepia'],
};

/** The key a setting uses inside `browser.storage.sync` (without WXT's `sync:` prefix). */
const rawKey = (name: SettingName) => settingItems[name].key.replace(/^sync:/, '');

async function storeRaw(values: Record<string, unknown>) {
  await fakeBrowser.storage.sync.set(values);
}

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('declares every setting in the sync area at version 1 (none has changed shape yet)', () => {
    expect(SETTING_NAMES).toEqual(Object.keys(DEFAULTS));
    for (const name of SETTING_NAMES) {
      expect(settingItems[name].key).toBe(`sync:${name}`);
      expect(settingItems[name].version).toBe(1);
    }
  });

  it.each(SETTING_NAMES)('%s reads as its default when nothing is stored', async (name) => {
    expect(await settingItems[name].getValue()).toEqual(DEFAULTS[name]);
    expect(settingItems[name].fallback).toEqual(DEFAULTS[name]);
  });

  it('reads all defaults at once', async () => {
    expect(await getSettings()).toEqual(DEFAULTS);
  });

  it.each(SETTING_NAMES)('%s round-trips a changed value through storage', async (name) => {
    await setSetting(name, CHANGED[name]);
    expect(await settingItems[name].getValue()).toEqual(CHANGED[name]);
    expect((await fakeBrowser.storage.sync.get(rawKey(name)))[rawKey(name)]).toEqual(CHANGED[name]);
  });

  const badCases = SETTING_NAMES.flatMap((name) =>
    BAD_VALUES[name].map((bad) => [name, JSON.stringify(bad), bad] as const),
  );
  it.each(badCases)(
    '%s falls back to its default alone when storage holds %s, with a warning',
    async (name, _label, bad) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      await storeRaw(Object.fromEntries(SETTING_NAMES.map((n) => [rawKey(n), CHANGED[n]])));
      await storeRaw({ [rawKey(name)]: bad });

      const settings = await getSettings();

      expect(settings[name]).toEqual(DEFAULTS[name]);
      for (const other of SETTING_NAMES.filter((n) => n !== name)) {
        expect(settings[other], other).toEqual(CHANGED[other]);
      }
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toContain(`"sync:${name}"`);
    },
  );

  it('ignores stored keys it does not know, and unknown fields inside a setting', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await storeRaw({
      fontSize: 18,
      'legacy:enabled': false,
      names: { ...CHANGED.names, klingon: true },
      markStyle: 'tint',
    });
    const settings = await getSettings();
    expect(settings).toEqual({ ...DEFAULTS, names: CHANGED.names, markStyle: 'tint' });
    expect(settings).not.toHaveProperty('fontSize');
    expect(warn).not.toHaveBeenCalled();
  });

  it('normalizes hand-edited site lists on read', async () => {
    await storeRaw({
      siteRules: {
        mode: 'all-except',
        except: ['WWW.NYTimes.com', 'nytimes.com.', 'Bücher.example'],
        only: [],
      },
    });
    expect((await getSettings()).siteRules.except).toEqual([
      'nytimes.com',
      'xn--bcher-kva.example',
    ]);
  });

  it.each([
    ['markStyle', 'sparkly'],
    ['trigger', { mode: 'hover', hoverDelayMs: 2001 }],
    ['siteRules', { mode: 'only', except: [], only: ['two words'] }],
  ] as const)('refuses to store an invalid %s and writes nothing', async (name, bad) => {
    await expect(setSetting(name, bad as never)).rejects.toThrow(TypeError);
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('gives each caller its own copy of a default', async () => {
    const first = await settingItems.siteRules.getValue();
    first.except.push('mutated.example');
    expect((await settingItems.siteRules.getValue()).except).toEqual([]);
    expect(settingItems.siteRules.fallback.except).toEqual([]);
  });

  it('resets every synced setting to its default in one step, keeping local data', async () => {
    for (const name of SETTING_NAMES) await setSetting(name, CHANGED[name]);
    await fakeBrowser.storage.local.set({ dismissedNames: { 'example.com': ['mpp'] } });

    await resetSettings();

    expect(await getSettings()).toEqual(DEFAULTS);
    expect(await fakeBrowser.storage.local.get('dismissedNames')).toEqual({
      dismissedNames: { 'example.com': ['mpp'] },
    });
  });

  it('types each setting by its schema', () => {
    expectTypeOf<SettingValue<'markStyle'>>().toEqualTypeOf<MarkStyle>();
    expectTypeOf<SettingValue<'enabled'>>().toEqualTypeOf<boolean>();
    expectTypeOf<Settings['trigger']>().toEqualTypeOf<{
      mode: 'hover' | 'click';
      hoverDelayMs: number;
    }>();
  });
});
