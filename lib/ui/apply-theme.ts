import type { Theme } from '../settings/schema';

/**
 * Applies the theme setting to an extension page. Pages style themselves with CSS
 * `light-dark()` under `color-scheme: light dark` (so `auto` follows `prefers-color-scheme`
 * without script); a forced theme sets `data-theme`, which the page's CSS maps to a single
 * `color-scheme`.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
