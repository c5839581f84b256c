/**
 * The seam between the content script and the popover's UI bundle.
 *
 * The content script runs on every page, so it stays small: it finds mentions and decides when a
 * popover opens. Everything that draws one (Preact components, positioning, ranking, citations,
 * the clipboard) is a separate bundle, `popover-ui.js`, loaded the first time a popover opens.
 * The two talk only through this interface (plain values and callbacks), so each side can be
 * tested alone and neither shares module state with the other.
 */
import type { FactPack, Lang } from '../facts/types';
import type { CitationFormat, Theme } from '../settings/schema';
import type { UiHost } from '../ui/host';

/** Where the UI bundle registers itself (the content script's isolated world, never the page). */
export const POPOVER_UI_GLOBAL = '__factmarkPopoverUi';

/** What to show: one mention and how the popover was opened. */
export interface PopoverRequest {
  range: Range;
  /** The words as matched on the page. */
  matched: string;
  nameId: string;
  /** The sentence around the mention (plain text), for ranking facts. */
  sentence: string;
  /** The popover's language. */
  lang: Lang;
  /** The article's publication day, if the page states it. */
  published?: string;
  /** Where the pointer was (picks the line of a wrapped mention). */
  point?: { x: number; y: number };
  /** Move focus into the popover (click and keyboard); hover leaves focus where it is. */
  focus: boolean;
}

export interface PopoverLook {
  theme: Theme;
  citationFormat: CitationFormat;
}

export interface PopoverCallbacks {
  loadPack: () => Promise<FactPack>;
  /** The reader closed it (button or Esc inside); `returnFocus` when focus was inside. */
  onClose: (returnFocus: boolean) => void;
  /** "Not this MPP" on the shown mention. */
  onNotThis: () => void;
}

/** A popover mounted in a `<factmark-ui>` host. */
export interface PopoverUi {
  show(request: PopoverRequest): void;
  hide(): void;
  setLook(look: PopoverLook): void;
  unmount(): void;
}

export interface PopoverUiModule {
  mount(host: UiHost, look: PopoverLook, callbacks: PopoverCallbacks): PopoverUi;
}
