/**
 * Factmark in one page: reads the settings, runs the mention service when Factmark is on for the
 * site, keeps the badge and the UI host in step with the mentions, answers the popup, and follows
 * every settings change live (no reload).
 *
 * Everything it starts is tied to `env.signal` (WXT's context: aborted when the extension is
 * updated, reloaded or removed), so the page is left exactly as it was.
 */
import { effect } from '@preact/signals-core';
import type { Browser } from 'wxt/browser';
import { detectorData } from '../facts/detector-data';
import { createMatcher, type Matcher } from '../matching';
import { message, isMessage, type PageListing, type PageState } from '../messaging/protocol';
import {
  dismissedNames,
  dismissedOn,
  getSettings,
  setDismissed,
  isSiteEnabled,
  watchSettings,
  type Settings,
} from '../settings';
import { ACTIVE_HIGHLIGHT_NAME, ACTIVE_STYLE_NAME, createHighlightLayer } from '../dom/highlights';
import { createUiHost, isOwnNode, type UiHost } from '../ui/host';
import { resolveUiLang } from '../i18n/resolve-ui-lang';
import { createContentTranslator } from '../i18n/content-catalogs';
import { startMentionService, type MentionService } from './mention-service';
import { readPageInfo } from './page-info';
import { focusMention } from './focus-mention';
import { popoverLang } from '../popover/popover-lang';
import { createPopoverController, type PopoverController } from '../popover/controller';
import { createUiLoader } from '../popover/load-ui';
import { createPackClient } from '../popover/pack-client';

/** What the content script gets from its environment (WXT's context and the page). */
export interface ContentEnv {
  doc: Document;
  hostname: string;
  signal: AbortSignal;
  runtime: Pick<typeof Browser.runtime, 'sendMessage' | 'onMessage'> & {
    /** Resolves an extension file's URL (the popover's UI bundle). */
    getURL(path: '/popover-ui.js'): string;
  };
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
}

/** A running scan on the page, stopped when Factmark is switched off for it. */
interface Session {
  controller: AbortController;
  service: MentionService;
  popover: PopoverController;
}

export async function startFactmark(env: ContentEnv): Promise<void> {
  const { doc, hostname, signal, runtime } = env;
  let settings = await getSettings();
  let dismissed = dismissedOn(await dismissedNames.getValue(), hostname);
  const page = readPageInfo(doc);
  let session: Session | undefined;
  let host: UiHost | undefined;
  let announced = false;
  const active = createHighlightLayer(ACTIVE_HIGHLIGHT_NAME);
  active.setAlias(ACTIVE_STYLE_NAME);
  const loadPack = createPackClient(runtime);
  const loadUi = createUiLoader(() => runtime.getURL('/popover-ui.js'));
  signal.addEventListener('abort', () => active.dispose(), { once: true });

  const state = (): PageState =>
    !settings.enabled ? 'paused' : isSiteEnabled(settings.siteRules, hostname) ? 'on' : 'site-off';

  const matcherFor = (s: Settings): Matcher =>
    createMatcher(detectorData, { groups: s.names, acronymStrictness: s.acronymStrictness });

  const sendCount = (count: number) =>
    runtime.sendMessage(message('count', { count, state: state() })).catch(() => undefined);

  /** The host exists only while there are mentions to explain. */
  const syncHost = (count: number) => {
    if (count > 0 && !host) {
      host = createUiHost(doc);
    } else if (count === 0 && host) {
      session?.popover.detach();
      host.remove();
      host = undefined;
    }
    if (host && count > 0 && !announced && settings.announce) {
      // Once per page, never per mark (screen readers would drown in repetitions). In a task of
      // its own: the translator's first use (plural rules) costs milliseconds that would otherwise
      // lengthen the task that published the scan.
      announced = true;
      env.setTimeout(() => {
        const now = session?.service.mentions.value.length ?? 0;
        if (!host || now === 0) return;
        const lang = resolveUiLang(settings.language, [page.lang ?? '', doc.documentElement.lang]);
        host.announce(createContentTranslator(lang).plural('popover_announce', now), lang);
      }, 0);
    }
  };

  const start = () => {
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    const body = doc.body ?? doc.documentElement;
    const service = startMentionService({
      root: body,
      matcher: matcherFor(settings),
      page: { lang: page.lang, title: page.title, description: page.description },
      // Until our host exists nothing on the page is ours: no ancestor walk per text node.
      isOwn: (node) => host !== undefined && isOwnNode(node),
      isDismissed: (mention) => dismissed.includes(mention.nameId),
      signal: controller.signal,
      setTimeout: env.setTimeout,
      clearTimeout: env.clearTimeout,
    });
    service.setMarkStyle(settings.markStyle);
    const popover = createPopoverController({
      doc,
      getHost: () => host,
      mentions: () => service.mentions.value,
      loadUi,
      loadPack,
      settings: () => settings,
      page,
      active,
      dismiss: (mention, lang) => {
        host?.announce(createContentTranslator(lang)('popover_notThisDone'), lang);
        return setDismissed(hostname, mention.nameId);
      },
      signal: controller.signal,
      setTimeout: env.setTimeout,
      clearTimeout: env.clearTimeout,
    });
    session = { controller, service, popover };
    const stopEffect = effect(() => {
      const count = service.mentions.value.length;
      syncHost(count);
      popover.mentionsChanged();
      void sendCount(count);
    });
    controller.signal.addEventListener('abort', stopEffect, { once: true });
  };

  const stop = () => {
    // Aborting the session also detaches its popover (the controller listens for the abort).
    session?.controller.abort();
    session = undefined;
    syncHost(0);
    void sendCount(0);
  };

  const apply = (next: Settings, changed: readonly string[]) => {
    const wasOn = state() === 'on';
    settings = next;
    const isOn = state() === 'on';
    if (wasOn && !isOn) return stop();
    if (!wasOn && isOn) return start();
    if (!isOn) return void sendCount(0);
    if (changed.includes('names') || changed.includes('acronymStrictness')) {
      void session?.service.setMatcher(matcherFor(next));
    }
    if (changed.includes('markStyle')) session?.service.setMarkStyle(next.markStyle);
    session?.popover.settingsChanged();
  };

  const listing = (): PageListing => ({
    url: doc.location?.href ?? '',
    title: page.title ?? doc.title,
    lang: page.lang,
    published: page.published,
    state: state(),
    mentions: (session?.service.mentions.value ?? []).map((mention) => ({
      id: mention.id,
      text: mention.text,
      sentence: mention.sentence,
      nameId: mention.nameId,
      lang: mention.lang,
      popoverLang: popoverLang(mention, settings.language, page.lang),
      reason: mention.reason,
    })),
  });

  const onMessage = (request: unknown, _sender: unknown, respond: (value: unknown) => void) => {
    if (isMessage(request, 'list')) {
      respond(listing());
      return;
    }
    if (isMessage(request, 'jump')) {
      const mention = session?.service.mentions.value.find((m) => m.id === request.id);
      // The flash stays while the popover is open on the mention (it owns the active mark).
      const shown = Boolean(
        mention && focusMention(mention, { active, setTimeout: env.setTimeout, flashMs: 0 }),
      );
      if (shown && mention) session?.popover.open(mention, { focus: false });
      respond(shown);
      return;
    }
    if (isMessage(request, 'command')) {
      session?.popover.openNext();
      respond(undefined);
      return;
    }
    return undefined;
  };
  runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(onMessage), {
    once: true,
  });

  const unwatchSettings = watchSettings(apply);
  const unwatchDismissed = dismissedNames.watch((map) => {
    dismissed = dismissedOn(map, hostname);
    session?.service.refilter();
  });
  signal.addEventListener(
    'abort',
    () => {
      unwatchSettings();
      unwatchDismissed();
      stop();
    },
    { once: true },
  );

  if (state() === 'on') start();
  else void sendCount(0);
}
