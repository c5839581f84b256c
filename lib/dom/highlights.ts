/**
 * Draws marks with the CSS Custom Highlight API: every mention is a Range in one `Highlight`
 * registered as `CSS.highlights.get('factmark')`. Nothing is inserted into the page: the style comes
 * from the `::highlight(factmark)` rule in the content script's manifest CSS.
 */

/** The highlight names we register. `factmark` is a public contract; `factmark-active` is ours. */
export const HIGHLIGHT_NAME = 'factmark';
export const ACTIVE_HIGHLIGHT_NAME = 'factmark-active';

export interface HighlightLayer {
  /** False where the browser has no Custom Highlight API: we then fail closed and draw nothing. */
  readonly supported: boolean;
  /** Replaces the marked ranges. */
  set(ranges: readonly Range[]): void;
  /** Removes the highlight from the registry. */
  dispose(): void;
}

type Registry = Map<string, Highlight>;

/**
 * Creates (lazily registers) one named highlight.
 * @param registry the highlight registry, `CSS.highlights` by default; tests pass their own.
 */
export function createHighlightLayer(
  name: string,
  registry: Registry | undefined = (globalThis.CSS as { highlights?: Registry } | undefined)
    ?.highlights,
  HighlightClass: typeof Highlight | undefined = globalThis.Highlight,
): HighlightLayer {
  if (!registry || !HighlightClass) {
    return { supported: false, set() {}, dispose() {} };
  }
  const highlight = new HighlightClass();
  return {
    supported: true,
    set(ranges) {
      highlight.clear();
      for (const range of ranges) highlight.add(range);
      // Set on every update: a page script may have cleared the shared registry.
      if (ranges.length > 0) {
        if (registry.get(name) !== highlight) registry.set(name, highlight);
      } else if (registry.get(name) === highlight) {
        registry.delete(name);
      }
    },
    dispose() {
      highlight.clear();
      if (registry.get(name) === highlight) registry.delete(name);
    },
  };
}
