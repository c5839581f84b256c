/**
 * The popup's state and actions: the target tab and what its page lists, the settings it shows
 * and changes, search, and copying. Components render this; the entrypoint supplies the browser
 * (`PopupEnvironment`), so the model runs in unit tests without one.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { citeFact, readingNote, type CitedText } from '../citation';
import type { CopyOutcome } from '../clipboard';
import type { Fact, FactPack } from '../facts/types';
import { createTranslator, resolveUiLang, type UiTranslator } from '../i18n';
import { message, type PageListing } from '../messaging/protocol';
import { bindStorageItem, type StorageBinding } from '../settings/bind-storage-item';
import { settingItems, type Settings } from '../settings/items';
import { setSetting } from '../settings/settings';
import { isSiteEnabled, toggleSite } from '../settings/site-rules';
import { isCountFrom, requestListing, type SendToTab } from './listing';
import { siteOf, tabIdFromSearch, unavailableReason, type UnavailableReason } from './page-access';
import { caseAsFact, eventAsFact, factsUsed, headlineFacts } from './pack-views';
import { searchPack, type SearchHit, type SearchResult } from './search';

/** The little of a browser tab the popup needs. */
export interface TabInfo {
  id?: number;
  url?: string;
  active?: boolean;
  windowId?: number;
}

type RuntimeListener = (
  request: unknown,
  sender: { tab?: { id?: number }; frameId?: number },
) => void;

/** What the popup needs from the browser. */
export interface PopupEnvironment {
  pack: FactPack;
  /** The popup's own `location.search` (`?tab=ID`). */
  search: string;
  getTab(id: number): Promise<TabInfo | undefined>;
  activeTab(): Promise<TabInfo | undefined>;
  sendToTab: SendToTab;
  /** Whether the reader allowed Factmark on file: URLs. */
  fileAccess(): Promise<boolean>;
  /** Listens to runtime messages (the page's `count` updates); returns a remover. */
  onRuntimeMessage(listener: RuntimeListener): () => void;
  /** Brings a tab (and its window) to the front: used when the popup is open as a page. */
  focusTab(tab: TabInfo): Promise<void>;
  openOptions(): void;
  copy(payload: CitedText): Promise<CopyOutcome>;
  /** Browser interface languages, most preferred first. */
  uiLanguages: readonly string[];
  listTimeoutMs?: number;
}

export type PopupPhase = 'loading' | 'ready' | 'unavailable';

/** The settings the popup reads. */
type PopupSettingName = 'enabled' | 'siteRules' | 'citationFormat' | 'language' | 'theme';
const POPUP_SETTINGS: readonly PopupSettingName[] = [
  'enabled',
  'siteRules',
  'citationFormat',
  'language',
  'theme',
];

/** The confirmation after a copy: which button, and the words for the status line. */
export interface CopyNotice {
  /** The key of the button that copied (`fact:<id>`, `search:<id>`, `note`). */
  key: string;
  ok: boolean;
  text: string;
}

/** How long a copy confirmation stays visible. */
export const NOTICE_MS = 4000;

export interface PopupModel {
  pack: FactPack;
  t: ReadonlySignal<UiTranslator>;
  settings: { [K in PopupSettingName]: ReadonlySignal<Settings[K]> };
  phase: ReadonlySignal<PopupPhase>;
  reason: ReadonlySignal<UnavailableReason | null>;
  listing: ReadonlySignal<PageListing | null>;
  /** The site the switch acts on ('' when the page has no hostname). */
  site: ReadonlySignal<string>;
  siteEnabled: ReadonlySignal<boolean>;
  headline: Fact[];
  used: ReadonlySignal<Fact[]>;
  query: ReadonlySignal<string>;
  results: ReadonlySignal<SearchResult>;
  notice: ReadonlySignal<CopyNotice | null>;
  /** Settles once the settings are read (render then: theme and language are known). */
  settingsReady: Promise<void>;
  /** Settles once the page has answered, or been judged unavailable. */
  ready: Promise<void>;
  setQuery(query: string): void;
  jump(id: number): Promise<void>;
  toggleSite(): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  copyFact(fact: Fact, key?: string): Promise<void>;
  copyHit(hit: SearchHit): Promise<void>;
  copyReadingNote(): Promise<void>;
  openOptions(): void;
  dispose(): void;
}

/** The fact a search hit copies as. */
export function hitAsFact(hit: SearchHit): Fact {
  if (hit.kind === 'fact') return hit.item;
  return hit.kind === 'event' ? eventAsFact(hit.item) : caseAsFact(hit.item);
}

export function createPopupModel(env: PopupEnvironment): PopupModel {
  const { pack } = env;
  const bindings = Object.fromEntries(
    POPUP_SETTINGS.map((name) => [name, bindStorageItem<unknown>(settingItems[name])]),
  ) as { [K in PopupSettingName]: StorageBinding<Settings[K]> };
  const settings = Object.fromEntries(
    POPUP_SETTINGS.map((name) => [name, bindings[name].signal]),
  ) as PopupModel['settings'];
  const t = computed(() =>
    createTranslator(resolveUiLang(settings.language.value, env.uiLanguages)),
  );

  const phase = signal<PopupPhase>('loading');
  const reason = signal<UnavailableReason | null>(null);
  const listing = signal<PageListing | null>(null);
  const tab = signal<TabInfo | null>(null);
  const query = signal('');
  const notice = signal<CopyNotice | null>(null);
  const site = computed(() => siteOf(listing.value?.url ?? tab.value?.url) ?? '');
  const siteEnabled = computed(() =>
    site.value ? isSiteEnabled(settings.siteRules.value, site.value) : false,
  );
  const used = computed(() => factsUsed(pack, listing.value?.mentions ?? []));
  const results = computed(() => searchPack(pack, query.value));

  let disposed = false;
  let removeListener: (() => void) | undefined;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  const unavailable = (why: UnavailableReason) => {
    reason.value = why;
    phase.value = 'unavailable';
  };

  /** Asks the page again; keeps the last listing when a refresh goes unanswered. */
  let refreshing: Promise<void> | undefined;
  let again = false;
  const refresh = async (): Promise<void> => {
    const id = tab.value?.id;
    if (id === undefined) return;
    if (refreshing) {
      again = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        again = false;
        const next = await requestListing(env.sendToTab, id, env.listTimeoutMs);
        if (disposed) return;
        if (next) listing.value = next;
      } while (again);
    })();
    try {
      await refreshing;
    } finally {
      refreshing = undefined;
    }
  };

  const load = async () => {
    const search = tabIdFromSearch(env.search);
    const target =
      search === null
        ? undefined
        : await (search === undefined ? env.activeTab() : env.getTab(search)).catch(
            () => undefined,
          );
    if (disposed) return;
    if (target?.id === undefined) return unavailable('no-tab');
    tab.value = target;
    const why = unavailableReason(target.url, { fileAccess: await env.fileAccess() });
    if (why) return unavailable(why);
    const first = await requestListing(env.sendToTab, target.id, env.listTimeoutMs);
    if (disposed) return;
    if (!first) return unavailable('no-response');
    listing.value = first;
    phase.value = 'ready';
    // The page reports every change of its count to the badge; the popup hears it too and asks
    // for the new list, so it follows the page (and the site switch) without reopening.
    removeListener = env.onRuntimeMessage((request, sender) => {
      if (target.id !== undefined && isCountFrom(request, sender, target.id)) void refresh();
    });
  };

  const showNotice = (next: CopyNotice) => {
    notice.value = next;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => (notice.value = null), NOTICE_MS);
  };
  const copy = async (key: string, payload: CitedText) => {
    const outcome = await env.copy(payload);
    const ok = outcome !== 'failed';
    showNotice({ key, ok, text: ok ? t.value('copied') : t.value('popup_copyFailed') });
  };
  const page = () => ({
    title: listing.value?.title ?? '',
    url: listing.value?.url ?? tab.value?.url ?? '',
    published: listing.value?.published,
  });
  const lang = () => t.value.lang;

  const settingsReady = Promise.all(POPUP_SETTINGS.map((name) => bindings[name].ready)).then(
    () => {},
  );
  const ready = settingsReady.then(load).catch((error: unknown) => {
    console.warn('[factmark] Popup could not load', error);
    unavailable('no-response');
  });

  return {
    pack,
    t,
    settings,
    phase,
    reason,
    listing,
    site,
    siteEnabled,
    headline: headlineFacts(pack),
    used,
    query,
    results,
    notice,
    settingsReady,
    ready,
    setQuery(next) {
      query.value = next;
    },
    async jump(id) {
      const target = tab.value;
      if (target?.id === undefined) return;
      // Opened as a page (`?tab=`), the target is behind the popup: bring it forward first.
      if (target.active === false) await env.focusTab(target).catch(() => undefined);
      await env.sendToTab(target.id, message('jump', { id })).catch(() => false);
    },
    async toggleSite() {
      if (!site.value) return;
      await setSetting('siteRules', toggleSite(settings.siteRules.value, site.value));
    },
    async setPaused(paused) {
      await setSetting('enabled', !paused);
    },
    copyFact(fact, key = `fact:${fact.id}`) {
      const format = settings.citationFormat.value;
      return copy(key, citeFact(pack, fact, format, lang(), { page: pageForCitation() }));
    },
    copyHit(hit) {
      const format = settings.citationFormat.value;
      return copy(`search:${hit.kind}:${hit.id}`, citeFact(pack, hitAsFact(hit), format, lang()));
    },
    copyReadingNote() {
      return copy('note', readingNote(pack, used.value, page(), lang()));
    },
    openOptions() {
      env.openOptions();
    },
    dispose() {
      disposed = true;
      clearTimeout(noticeTimer);
      removeListener?.();
      Object.values(bindings).forEach((b) => b.dispose());
    },
  };

  /** Facts copied from "Facts used on this page" name the article they were seen in. */
  function pageForCitation() {
    const { title, url } = page();
    return url ? { title, url } : undefined;
  }
}
