import { storage } from '#imports';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bindStorageItem } from '../../../lib/settings/bind-storage-item';
import {
  importSettings,
  resetSettings,
  setSetting,
  settingItems,
  watchSettings,
  type Settings,
} from '../../../lib/settings';

beforeEach(() => fakeBrowser.reset());

/** Resolves once `cb`'s mock has been called `n` times (watch callbacks are asynchronous). */
const calls = (mock: ReturnType<typeof vi.fn>, n: number) =>
  vi.waitFor(() => expect(mock).toHaveBeenCalledTimes(n));

describe('watchSettings', () => {
  it('reports all settings and the changed name after a change', async () => {
    const cb = vi.fn<(s: Settings, changed: string[]) => void>();
    const unwatch = watchSettings(cb);

    await setSetting('markStyle', 'tint');
    await calls(cb, 1);

    const [settings, changed] = cb.mock.calls[0]!;
    expect(settings.markStyle).toBe('tint');
    expect(settings.enabled).toBe(true);
    expect(changed).toEqual(['markStyle']);
    unwatch();
  });

  it('reports changes that arrive together (an import) in one call', async () => {
    const cb = vi.fn<(s: Settings, changed: string[]) => void>();
    const unwatch = watchSettings(cb);

    await importSettings(
      JSON.stringify({
        format: 'factmark-settings',
        version: 1,
        settings: { enabled: false, theme: 'dark' },
      }),
    );
    await calls(cb, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(cb).toHaveBeenCalledOnce();
    expect(cb.mock.calls[0]![1].sort()).toEqual(['enabled', 'theme']);
    expect(cb.mock.calls[0]![0]).toMatchObject({ enabled: false, theme: 'dark' });
    unwatch();
  });

  it('reports a reset, with defaults', async () => {
    await setSetting('enabled', false);
    const cb = vi.fn<(s: Settings, changed: string[]) => void>();
    const unwatch = watchSettings(cb);

    await resetSettings();
    await calls(cb, 1);

    expect(cb.mock.calls[0]![0].enabled).toBe(true);
    unwatch();
  });

  it('stops calling after unwatch, even for a read already in flight', async () => {
    const cb = vi.fn();
    const unwatch = watchSettings(cb);
    const write = setSetting('enabled', false);
    unwatch();
    await write;
    await setSetting('theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cb).not.toHaveBeenCalled();
  });

  it('passes validated values: a corrupted write reads as the default', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cb = vi.fn<(s: Settings, changed: string[]) => void>();
    const unwatch = watchSettings(cb);

    await fakeBrowser.storage.sync.set({ markStyle: 'sparkly' });
    await calls(cb, 1);

    expect(cb.mock.calls[0]![0].markStyle).toBe('underline-dotted');
    unwatch();
  });
});

describe('bindStorageItem', () => {
  it('starts at the fallback, then holds the stored value', async () => {
    await setSetting('markStyle', 'tint');
    const binding = bindStorageItem(settingItems.markStyle);
    expect(binding.signal.value).toBe('underline-dotted');
    await binding.ready;
    expect(binding.signal.value).toBe('tint');
    binding.dispose();
  });

  it('follows changes made elsewhere, until disposed', async () => {
    const binding = bindStorageItem(settingItems.enabled);
    await binding.ready;

    await setSetting('enabled', false);
    await vi.waitFor(() => expect(binding.signal.value).toBe(false));

    binding.dispose();
    await setSetting('enabled', true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(binding.signal.value).toBe(false);
  });

  it('keeps a change that lands while the first read is in flight', async () => {
    let finishRead: (value: string) => void = () => {};
    const watchers: ((value: string) => void)[] = [];
    const item = {
      fallback: 'a',
      getValue: () => new Promise<string>((resolve) => (finishRead = resolve)),
      watch: (cb: (value: string) => void) => (watchers.push(cb), () => {}),
    };
    const binding = bindStorageItem(item);

    watchers.forEach((cb) => cb('newer'));
    finishRead('stale');
    await binding.ready;

    expect(binding.signal.value).toBe('newer');
  });

  it('keeps the fallback when the read fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const binding = bindStorageItem({
      fallback: 7,
      getValue: () => Promise.reject(new Error('Extension context invalidated.')),
      watch: () => () => {},
    });
    await binding.ready;
    expect(binding.signal.value).toBe(7);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('bridges a plain WXT storage item too', async () => {
    const counter = storage.defineItem<number>('local:counter', { fallback: 0 });
    const binding = bindStorageItem(counter);
    await binding.ready;
    await counter.setValue(3);
    await vi.waitFor(() => expect(binding.signal.value).toBe(3));
    binding.dispose();
  });
});
