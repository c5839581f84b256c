/**
 * Opens, follows and closes the popover on a page: hover with intent, click or tap on a mark, the
 * keyboard command, and the popup's "jump to". It only listens (passive, capture) and never
 * cancels or stops a page event, so links still navigate and text selection still works.
 *
 * This part ships in the content script; the drawing is in the lazily loaded UI bundle
 * (`ui-api.ts`). Everything is tied to `signal`.
 */
import type { FactPack, Lang } from '../facts/types';
import type { Settings } from '../settings';
import type { UiHost } from '../ui/host';
import type { HighlightLayer } from '../dom/highlights';
import { revealRange } from '../dom/reveal';
import type { PageMention } from '../dom/scanner';
import { createHoverIntent } from './hover-intent';
import { mentionAtPoint, nextMentionInView } from './mention-at-point';
import { popoverLang } from './popover-lang';
import type { PopoverLook, PopoverUi, PopoverUiModule } from './ui-api';

/** How long the pointer may be away from the mark and the popover before it closes. */
const CLOSE_GRACE_MS = 300;

/** Elements whose clicks belong to the page (a click on a marked link navigates, nothing else). */
const INTERACTIVE = 'a[href], button, input, textarea, select, label, [contenteditable]';

export interface PopoverEnv {
  doc: Document;
  /** The UI host, created by the caller while there are mentions. */
  getHost: () => UiHost | undefined;
  mentions: () => readonly PageMention[];
  loadUi: () => Promise<PopoverUiModule>;
  loadPack: () => Promise<FactPack>;
  settings: () => Settings;
  /** The page's language and publication date. */
  page: { lang?: string; published?: string };
  /** The `factmark-active` highlight: the open popover's mention. */
  active: HighlightLayer;
  /** "Not this MPP": remembers the name as wrong on this site (the caller refilters). */
  dismiss: (mention: PageMention, lang: Lang) => Promise<void>;
  signal: AbortSignal;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
}

export interface PopoverController {
  /** Opens the popover on `mention`. */
  open(mention: PageMention, how: { focus: boolean; point?: { x: number; y: number } }): void;
  /** The keyboard command: the first mention in view, then the next one. */
  openNext(): void;
  close(returnFocus?: boolean): void;
  /** The open mention, if any. */
  readonly current: PageMention | undefined;
  /** Re-checks the open mention after the mention list changed (closes if it is gone). */
  mentionsChanged(): void;
  /** Theme or citation format changed in the options. */
  settingsChanged(): void;
  /** The host is about to be removed: unmount. */
  detach(): void;
}

export function createPopoverController(env: PopoverEnv): PopoverController {
  const { doc } = env;
  const view = doc.defaultView ?? window;
  let current: PageMention | undefined;
  let currentLang: Lang = 'en';
  let returnTo: Element | null = null;
  let mounted: { host: UiHost; ui: PopoverUi } | undefined;
  let lastPointer: { x: number; y: number } | undefined;
  let opening = 0;

  const look = (): PopoverLook => ({
    theme: env.settings().theme,
    citationFormat: env.settings().citationFormat,
  });

  const hover = createHoverIntent<PageMention>({
    // Read at every hover, so a new delay in options applies without a reload.
    delayMs: () => env.settings().trigger.hoverDelayMs,
    graceMs: CLOSE_GRACE_MS,
    setTimeout: env.setTimeout,
    clearTimeout: env.clearTimeout,
    onOpen: (mention) => openOn(mention, { focus: false, point: lastPointer, fromHover: true }),
    onClose: () => close(false),
  });

  const focusInside = () => Boolean(mounted?.host.shadow.activeElement);

  const langFor = (mention: PageMention): Lang =>
    popoverLang(mention, env.settings().language, env.page.lang);

  async function uiFor(host: UiHost): Promise<PopoverUi> {
    if (mounted?.host === host) return mounted.ui;
    const module = await env.loadUi();
    if (mounted?.host === host) return mounted.ui;
    mounted?.ui.unmount();
    const ui = module.mount(host, look(), {
      loadPack: env.loadPack,
      onClose: (returnFocus) => close(returnFocus),
      onNotThis: () => void notThis(),
    });
    mounted = { host, ui };
    return ui;
  }

  function openOn(
    mention: PageMention,
    how: { focus: boolean; point?: { x: number; y: number }; fromHover?: boolean },
  ) {
    const host = env.getHost();
    if (!host || env.signal.aborted) return;
    if (how.focus && !focusInside()) returnTo = doc.activeElement;
    if (!how.fromHover) hover.reset(mention);
    current = mention;
    currentLang = langFor(mention);
    env.active.set([mention.range]);
    const id = ++opening;
    void uiFor(host).then(
      (ui) => {
        if (id !== opening || current !== mention || env.signal.aborted) return;
        ui.show({
          range: mention.range,
          matched: mention.text,
          nameId: mention.nameId,
          sentence: mention.sentence,
          lang: currentLang,
          published: env.page.published,
          point: how.point,
          focus: how.focus,
        });
      },
      () => {
        // The UI bundle could not load (the extension was updated under the page): fail closed.
        if (id === opening) close(false);
      },
    );
  }

  function close(returnFocus = false) {
    if (!current) return;
    const hadFocus = focusInside();
    opening++;
    current = undefined;
    hover.reset(undefined);
    env.active.set([]);
    mounted?.ui.hide();
    if (returnFocus && hadFocus && returnTo instanceof view.HTMLElement && returnTo.isConnected) {
      returnTo.focus({ preventScroll: true });
    }
    returnTo = null;
  }

  async function notThis() {
    const mention = current;
    if (!mention) return;
    const lang = currentLang;
    close(true);
    await env.dismiss(mention, lang);
  }

  // --- page events: listen only, never cancel -------------------------------------------------
  const isOwn = (target: EventTarget | null) =>
    target instanceof view.Node && target.nodeName === 'FACTMARK-UI';
  let frame = 0;
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || env.settings().trigger.mode !== 'hover') return;
    // Over our host is over the popover: it keeps a hover-opened popover open.
    if (isOwn(event.target)) return hover.pointerOnPopover();
    lastPointer = { x: event.clientX, y: event.clientY };
    if (frame) return;
    // One hit test per frame, however fast the pointer moves.
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (!lastPointer || env.signal.aborted) return;
      hover.pointerAt(mentionAtPoint(env.mentions(), lastPointer.x, lastPointer.y, doc));
    });
  };
  const onClick = (event: MouseEvent) => {
    if (isOwn(event.target)) return;
    const target = event.target instanceof view.Element ? event.target : null;
    const selection = doc.getSelection();
    const selecting = selection !== null && !selection.isCollapsed;
    const mention =
      target?.closest(INTERACTIVE) || selecting
        ? undefined
        : mentionAtPoint(env.mentions(), event.clientX, event.clientY, doc);
    if (mention) {
      if (mention !== current) {
        openOn(mention, { focus: true, point: { x: event.clientX, y: event.clientY } });
      }
    } else if (current) close(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Esc while focus is on the page (a hover-opened popover); inside, the popover handles Esc.
    if (event.key === 'Escape' && current && !isOwn(event.target)) close(false);
  };
  const options = { capture: true, passive: true, signal: env.signal } as const;
  doc.addEventListener('pointermove', onPointerMove, options);
  doc.addEventListener('click', onClick, options);
  doc.addEventListener('keydown', onKeyDown, options);

  const controller: PopoverController = {
    open: (mention, how) => openOn(mention, how),
    openNext() {
      const next = nextMentionInView(env.mentions(), current, view.innerHeight);
      if (!next) return;
      revealRange(next.range);
      openOn(next, { focus: true });
    },
    close,
    get current() {
      return current;
    },
    mentionsChanged() {
      if (current && !env.mentions().includes(current)) close(false);
    },
    settingsChanged() {
      mounted?.ui.setLook(look());
    },
    detach() {
      close(false);
      mounted?.ui.unmount();
      mounted = undefined;
    },
  };
  env.signal.addEventListener(
    'abort',
    () => {
      if (frame) view.cancelAnimationFrame(frame);
      controller.detach();
    },
    { once: true },
  );
  return controller;
}
