/**
 * The popover's stateful shell: the dialog element (positioned next to its mention, focus managed,
 * Tab kept inside while it has focus), the fact pack's loading state and the copy confirmation.
 * The content itself is the presentational `components/popover/Popover`.
 */
import type { ReadonlySignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Popover, type CopyStatus } from '@/components/popover/Popover';
import type { Fact, FactPack, Lang } from '../facts/types';
import type { UiTranslator } from '../i18n';
import { keyFactList, type PopoverModel } from './popover-model';
import { placeNextTo } from './position';
import type { PopoverLook } from './ui-api';

/** One open popover. */
export interface OpenPopover {
  range: Range;
  matched: string;
  lang: Lang;
  t: UiTranslator;
  /** Where the pointer was (picks the line of a wrapped mention). */
  point?: { x: number; y: number };
  /** Move focus into the popover (click and keyboard); hover leaves focus where it is. */
  focus: boolean;
  pack?: FactPack;
  model?: PopoverModel;
  failed?: boolean;
}

export interface PopoverViewProps {
  open: ReadonlySignal<OpenPopover | null>;
  expanded: ReadonlySignal<boolean>;
  copy: ReadonlySignal<CopyStatus>;
  look: ReadonlySignal<PopoverLook>;
  onCopy: (facts: Fact[]) => void;
  onToggleMore: () => void;
  onNotThis: () => void;
  onClose: (returnFocus: boolean) => void;
}

export function PopoverView(props: PopoverViewProps) {
  const open = props.open.value;
  const dialog = useRef<HTMLDivElement>(null);

  // Follow the mention (scroll, resize, reflow) for as long as this popover is open.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!open || !element) return;
    const placement = placeNextTo(open.range, element, open.point);
    if (open.focus) element.focus({ preventScroll: true });
    return () => placement.stop();
  }, [open?.range, open?.focus]);

  if (!open) return null;
  const { t, lang } = open;
  const { theme, citationFormat } = props.look.value;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose(true);
      return;
    }
    if (event.key === 'Tab') keepTabInside(event, dialog.current);
  };

  return (
    <div
      ref={dialog}
      class="fm-popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby="fm-title"
      tabIndex={-1}
      lang={lang}
      data-theme={theme === 'auto' ? undefined : theme}
      data-testid="factmark-popover"
      onKeyDown={onKeyDown}
    >
      {open.model && open.pack ? (
        <Popover
          pack={open.pack}
          model={open.model}
          matched={open.matched}
          lang={lang}
          t={t}
          formatName={t(`citation_format_${citationFormat}`)}
          expanded={props.expanded.value}
          copy={props.copy.value}
          onCopy={props.onCopy}
          onCopyKeyFacts={() => props.onCopy(keyFactList(open.model!))}
          onToggleMore={props.onToggleMore}
          onNotThis={props.onNotThis}
          onClose={() => props.onClose(true)}
        />
      ) : (
        <p class="fm-loading" role="status" id="fm-title">
          {open.failed ? t('popover_loadFailed') : t('popover_loading')}
        </p>
      )}
    </div>
  );
}

/** Tab and Shift+Tab cycle through the dialog's controls while focus is inside it. */
function keepTabInside(event: KeyboardEvent, dialog: HTMLElement | null) {
  if (!dialog) return;
  const focusable = [
    ...dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), textarea'),
  ];
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable.at(-1)!;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
