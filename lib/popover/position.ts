/**
 * Keeps the popover next to its mention with @floating-ui/dom: below the line the reader pointed
 * at (or the first line), flipped above when there is no room, shifted to stay inside the
 * viewport, capped in height, and updated as the page scrolls or resizes. A mention is a Range,
 * so the reference is a virtual element built from the range's client rectangles.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** A virtual reference for a range; `contextElement` lets autoUpdate watch its scroll parents. */
export function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

export interface Placement {
  /** Stops following the reference. */
  stop(): void;
}

/**
 * Positions `floating` (fixed) next to `range` now and on every scroll, resize or layout change.
 * `point` picks the line of a wrapped mention (the pointer's position for a hover or click).
 */
export function placeNextTo(
  range: Range,
  floating: HTMLElement,
  point?: { x: number; y: number },
): Placement {
  const reference = rangeReference(range);
  const update = () => {
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(point),
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
    });
  };
  const stop = autoUpdate(reference, floating, update, { animationFrame: false });
  return { stop };
}
