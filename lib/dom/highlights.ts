/**
 * Draws marks with the CSS Custom Highlight API: every mention is a Range in one `Highlight`
 * registered as `CSS.highlights.get('factmark')`. Nothing is inserted into the page: the style comes
 * from the `::highlight(factmark)` rule in the content script's manifest CSS.
 */

/** The highlight names we register. `factmark` is a public contract; `factmark-active` is ours. */
export const HIGHLIGHT_NAME = 'factmark';
export const ACTIVE_HIGHLIGHT_NAME = 'factmark-active';
/** The style name of the active mention (marks.css). */
export const ACTIVE_STYLE_NAME = 'factmark-style-active';

/**
 * Ranges in text nodes longer than this are drawn under `<style>-large`, which marks.css styles
 * with a tint, never a text decoration: Chromium repaints an underlined highlight by walking its
 * whole text node, on every later repaint of the page too (measured in headless Chromium 150: one
 * 143-225 ms task per repaint for a 10-million-character node, nothing over 50 ms at one million;
 * background colours cost nothing at any size). No article has such a node; hostile pages do.
 */
export const LARGE_TEXT_NODE = 1_000_000;

/** Whether `range` starts or ends in a text node of more than `LARGE_TEXT_NODE` characters. */
export function inLargeTextNode(range: Range): boolean {
  const large = (node: Node) =>
    node.nodeType === 3 /* Node.TEXT_NODE */ && (node as Text).length > LARGE_TEXT_NODE;
  return large(range.startContainer) || large(range.endContainer);
}

export interface HighlightLayer {
  /** False where the browser has no Custom Highlight API: we then fail closed and draw nothing. */
  readonly supported: boolean;
  /** Replaces the marked ranges. */
  set(ranges: readonly Range[]): void;
  /** Registers again any of our names a page script removed from the shared registry. */
  refresh(): void;
  /**
   * Draws the ranges under the style name `alias` (replacing the previous one), so CSS can style
   * them by that name: `::highlight(factmark-style-tint)`, and ranges in large text nodes as
   * `::highlight(factmark-style-tint-large)`. The layer's own name keeps every range, unstyled.
   * Undefined removes the style names.
   */
  setAlias(alias: string | undefined): void;
  /** Removes the highlights from the registry. */
  dispose(): void;
}

type Registry = Map<string, Highlight>;

/**
 * Creates (lazily registers) one named highlight, plus the style names of `setAlias`.
 * @param registry the highlight registry, `CSS.highlights` by default; tests pass their own.
 */
export function createHighlightLayer(
  name: string,
  registry: Registry | undefined = (globalThis.CSS as { highlights?: Registry } | undefined)
    ?.highlights,
  HighlightClass: typeof Highlight | undefined = globalThis.Highlight,
): HighlightLayer {
  if (!registry || !HighlightClass) {
    return { supported: false, set() {}, refresh() {}, setAlias() {}, dispose() {} };
  }
  const all = new HighlightClass();
  const ordinary = new HighlightClass();
  const large = new HighlightClass();
  let alias: string | undefined;
  // Without ranges in large text nodes (every real page) the style name holds the very same
  // highlight as the public name: Chromium then has one set of ranges to paint, not two.
  const entries = (): [string, Highlight][] =>
    alias
      ? [
          [name, all],
          [alias, large.size > 0 ? ordinary : all],
          [`${alias}-large`, large],
        ]
      : [[name, all]];
  const register = () => {
    for (const [key, highlight] of entries()) {
      if (highlight.size > 0) {
        // Set on every update: a page script may have cleared the shared registry.
        if (registry.get(key) !== highlight) registry.set(key, highlight);
      } else if (registry.get(key) === highlight) {
        registry.delete(key);
      }
    }
  };
  const unregister = () => {
    for (const [key, highlight] of entries()) {
      if (registry.get(key) === highlight) registry.delete(key);
    }
  };
  return {
    supported: true,
    set(ranges) {
      const wasSplit = large.size > 0;
      for (const highlight of [all, ordinary, large]) highlight.clear();
      for (const range of ranges) all.add(range);
      const inLarge = ranges.map(inLargeTextNode);
      if (inLarge.includes(true)) {
        ranges.forEach((range, i) => (inLarge[i] ? large : ordinary).add(range));
      }
      // The style name changes object when ranges in large nodes come or go: register it anew.
      if (
        alias &&
        wasSplit !== large.size > 0 &&
        registry.get(alias) === (wasSplit ? ordinary : all)
      )
        registry.delete(alias);
      register();
    },
    refresh: register,
    setAlias(next) {
      if (next === alias) return;
      unregister();
      alias = next;
      register();
    },
    dispose() {
      unregister();
      for (const highlight of [all, ordinary, large]) highlight.clear();
    },
  };
}
