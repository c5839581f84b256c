import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  dismissedNames,
  dismissedOn,
  forgetDismissed,
  setDismissed,
  withDismissal,
} from '../../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('"Not this MPP" memory', () => {
  it.each([
    ['adds a name on a new site', {}, 'www.CBC.ca', 'mpp', true, { 'cbc.ca': ['mpp'] }],
    [
      'adds a second name once',
      { 'cbc.ca': ['mpp'] },
      'cbc.ca',
      'rim',
      true,
      { 'cbc.ca': ['mpp', 'rim'] },
    ],
    [
      'does not duplicate a name',
      { 'cbc.ca': ['mpp'] },
      'cbc.ca',
      'mpp',
      true,
      { 'cbc.ca': ['mpp'] },
    ],
    [
      'restores a name',
      { 'cbc.ca': ['mpp', 'rim'] },
      'cbc.ca',
      'mpp',
      false,
      { 'cbc.ca': ['rim'] },
    ],
    [
      'drops a site with no names left',
      { 'cbc.ca': ['mpp'], 'x.com': ['a'] },
      'cbc.ca',
      'mpp',
      false,
      { 'x.com': ['a'] },
    ],
    ['ignores an unusable host', { 'cbc.ca': ['mpp'] }, '', 'mpp', true, { 'cbc.ca': ['mpp'] }],
  ])('%s', (_case, map, host, id, dismissed, expected) => {
    expect(withDismissal(map, host, id, dismissed)).toEqual(expected);
  });

  it('reads the names dismissed on a site, whatever its www. form', () => {
    expect(dismissedOn({ 'cbc.ca': ['mpp'] }, 'https://www.cbc.ca/news')).toEqual(['mpp']);
    expect(dismissedOn({ 'cbc.ca': ['mpp'] }, 'nytimes.com')).toEqual([]);
  });

  it('is stored locally, never synced, and can be forgotten', async () => {
    await setDismissed('cbc.ca', 'mpp');
    await setDismissed('ontario.ca', 'mpp');
    expect(await dismissedNames.getValue()).toEqual({ 'cbc.ca': ['mpp'], 'ontario.ca': ['mpp'] });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});

    await forgetDismissed();
    expect(await dismissedNames.getValue()).toEqual({});
  });

  it('falls back to an empty memory when the stored one is corrupted', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ dismissedNames: { 'cbc.ca': 'mpp' } });
    expect(await dismissedNames.getValue()).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
  });
});
