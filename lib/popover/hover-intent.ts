/**
 * Hover with intent: the popover opens only when the pointer rests on a mention for `delayMs`
 * (a pointer sweeping across a paragraph opens nothing), and closes only after the pointer has
 * been away from both the mention and the popover for `graceMs`, so the reader can move from the
 * mark to the popover across the gap between them.
 *
 * Pure timing logic: the caller reports where the pointer is; timers are injected.
 */

export interface HoverIntentOptions<M> {
  /** Read at each hover, so a changed setting applies at once. */
  delayMs: () => number;
  graceMs: number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
  /** The pointer rested on `mention`. */
  onOpen: (mention: M) => void;
  /** The pointer left the mention and the popover. */
  onClose: () => void;
}

export interface HoverIntent<M> {
  /** The pointer is over `mention` (or over no mention: `undefined`) on the page. */
  pointerAt(mention: M | undefined): void;
  /** The pointer is over the popover (keeps it open). */
  pointerOnPopover(): void;
  /** The popover was opened or closed by other means: forget pending timers. */
  reset(open: M | undefined): void;
}

export function createHoverIntent<M>(options: HoverIntentOptions<M>): HoverIntent<M> {
  let open: M | undefined;
  let pending: M | undefined;
  let openTimer: unknown;
  let closeTimer: unknown;

  const clear = (timer: unknown) => {
    if (timer !== undefined) options.clearTimeout(timer as never);
  };
  const cancelOpen = () => {
    clear(openTimer);
    openTimer = undefined;
    pending = undefined;
  };
  const cancelClose = () => {
    clear(closeTimer);
    closeTimer = undefined;
  };

  return {
    pointerAt(mention) {
      if (mention !== undefined && mention === open) {
        cancelOpen();
        cancelClose();
        return;
      }
      if (mention !== undefined) {
        if (mention === pending) return;
        cancelOpen();
        pending = mention;
        openTimer = options.setTimeout(() => {
          openTimer = undefined;
          pending = undefined;
          cancelClose();
          open = mention;
          options.onOpen(mention);
        }, options.delayMs());
        return;
      }
      cancelOpen();
      if (open !== undefined && closeTimer === undefined) {
        closeTimer = options.setTimeout(() => {
          closeTimer = undefined;
          open = undefined;
          options.onClose();
        }, options.graceMs);
      }
    },
    pointerOnPopover() {
      cancelOpen();
      cancelClose();
    },
    reset(next) {
      cancelOpen();
      cancelClose();
      open = next;
    },
  };
}
