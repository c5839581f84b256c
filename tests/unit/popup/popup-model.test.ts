import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pack } from '../../../lib/facts/pack';
import type { PageListing } from '../../../lib/messaging/protocol';
import {
  createPopupModel,
  type PopupEnvironment,
  type PopupModel,
} from '../../../lib/popup/popup-model';
import { settingItems } from '../../../lib/settings/items';

const listing: PageListing = {
  url: 'https://news.example.com/story',
  title: 'A story',
  published: '2025-02-03',
  state: 'on',
  mentions: [
    {
      id: 1,
      text: 'Remain in Mexico',
      sentence: 'A judge ruled that Remain in Mexico was unlawful.',
      nameId: 'remain-in-mexico',
      lang: 'en',
      popoverLang: 'en',
      reason: { kind: 'name' },
    },
  ],
};

function env(overrides: Partial<PopupEnvironment> = {}): PopupEnvironment {
  return {
    pack,
    search: '?tab=5',
    getTab: async (id) => ({ id, active: false, windowId: 1 }),
    activeTab: async () => ({ id: 9, active: true }),
    sendToTab: vi.fn(async (_id: number, request: unknown) =>
      (request as { factmark: string }).factmark === 'list' ? listing : true,
    ),
    fileAccess: async () => false,
    onRuntimeMessage: () => () => {},
    focusTab: vi.fn(async () => {}),
    openOptions: vi.fn(),
    copy: vi.fn(async () => 'copied' as const),
    uiLanguages: ['en-US'],
    listTimeoutMs: 50,
    ...overrides,
  };
}

let model: PopupModel | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => model?.dispose());

describe('popup model', () => {
  it('describes the tab named in ?tab=, with its mentions and the facts they bring up', async () => {
    const e = env();
    model = createPopupModel(e);
    await model.ready;
    expect(model.phase.value).toBe('ready');
    expect(e.sendToTab).toHaveBeenCalledWith(5, { factmark: 'list' });
    expect(model.listing.value?.mentions).toHaveLength(1);
    expect(model.site.value).toBe('news.example.com');
    expect(model.siteEnabled.value).toBe(true);
    expect(model.used.value.length).toBeGreaterThan(0);
    expect(model.headline).toHaveLength(4);
  });

  it('is unavailable, with the reason, for a browser page, silence, or a bad tab id', async () => {
    model = createPopupModel(env({ getTab: async (id) => ({ id, url: 'chrome://settings/' }) }));
    await model.ready;
    expect([model.phase.value, model.reason.value]).toEqual(['unavailable', 'browser-page']);
    model.dispose();

    model = createPopupModel(env({ sendToTab: () => new Promise(() => {}) }));
    await model.ready;
    expect([model.phase.value, model.reason.value]).toEqual(['unavailable', 'no-response']);
    model.dispose();

    model = createPopupModel(env({ search: '?tab=oops' }));
    await model.ready;
    expect(model.reason.value).toBe('no-tab');
  });

  it('switches the site off and on through the stored site rules', async () => {
    model = createPopupModel(env());
    await model.ready;
    await model.toggleSite();
    expect((await settingItems.siteRules.getValue()).except).toEqual(['news.example.com']);
    await vi.waitFor(() => expect(model!.siteEnabled.value).toBe(false));
    await model.toggleSite();
    expect((await settingItems.siteRules.getValue()).except).toEqual([]);
    await model.setPaused(true);
    expect(await settingItems.enabled.getValue()).toBe(false);
  });

  it('jumps in the tab, bringing it forward when the popup is open as a page', async () => {
    const e = env();
    model = createPopupModel(e);
    await model.ready;
    await model.jump(1);
    expect(e.focusTab).toHaveBeenCalledWith({ id: 5, active: false, windowId: 1 });
    expect(e.sendToTab).toHaveBeenLastCalledWith(5, { factmark: 'jump', id: 1 });
  });

  it('copies in the citation format from settings and confirms which button copied', async () => {
    await settingItems.citationFormat.setValue('markdown');
    const e = env();
    model = createPopupModel(e);
    await model.ready;
    const fact = model.used.value[0]!;
    await model.copyFact(fact);
    const payload = vi.mocked(e.copy).mock.calls[0]![0];
    expect(payload.text).toContain('— [');
    expect(payload.text).toContain('Seen in: [A story](https://news.example.com/story)');
    expect(model.notice.value).toEqual({ key: `fact:${fact.id}`, ok: true, text: 'Copied' });

    vi.mocked(e.copy).mockResolvedValueOnce('failed');
    await model.copyReadingNote();
    expect(model.notice.value?.ok).toBe(false);
    const note = vi.mocked(e.copy).mock.calls[1]![0];
    expect(note.text).toContain('## Reading note: A story');
  });

  it('refreshes the list when the page reports a new count', async () => {
    let listener: Parameters<PopupEnvironment['onRuntimeMessage']>[0] | undefined;
    const e = env({ onRuntimeMessage: (l) => ((listener = l), () => {}) });
    model = createPopupModel(e);
    await model.ready;
    vi.mocked(e.sendToTab).mockResolvedValueOnce({ ...listing, mentions: [] });
    listener!({ factmark: 'count', count: 0, state: 'on' }, { tab: { id: 5 }, frameId: 0 });
    await vi.waitFor(() => expect(model!.listing.value?.mentions).toEqual([]));
  });

  it('speaks Spanish when the setting says so', async () => {
    await settingItems.language.setValue('es');
    model = createPopupModel(env());
    await model.settingsReady;
    expect(model.t.value.lang).toBe('es');
  });
});
