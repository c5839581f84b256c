/**
 * Brings one mention to the reader: scrolls it to the middle of the viewport and flashes it with
 * the `factmark-active` highlight (the popup's "jump to", the keyboard command).
 */
import type { HighlightLayer } from '../dom/highlights';
import { revealRange } from '../dom/reveal';
import type { PageMention } from '../dom/scanner';

export interface FocusEnv {
  /** The `factmark-active` highlight layer. */
  active: HighlightLayer;
  setTimeout: (callback: () => void, ms: number) => unknown;
  /** How long the flash lasts, in ms (0 keeps it until the next focus). */
  flashMs?: number;
}

/** Returns false when the mention is no longer in the page. */
export function focusMention(mention: PageMention, env: FocusEnv): boolean {
  const { range } = mention;
  const element = range.startContainer.parentElement;
  if (!element?.isConnected || range.collapsed) return false;
  revealRange(range);
  env.active.set([range]);
  const flashMs = env.flashMs ?? 2000;
  if (flashMs > 0) {
    env.setTimeout(() => env.active.set([]), flashMs);
  }
  return true;
}
