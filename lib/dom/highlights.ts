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
  /**
   * Also registers the same highlight under `alias` (replacing the previous alias), so CSS can
   * style it by that name: `::highlight(factmark-style-tint)`. Undefined removes the alias.
   */
  setAlias(alias: string | undefined): void;
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
    return { supported: false, set() {}, setAlias() {}, dispose() {} };
  }
  const highlight = new HighlightClass();
  let alias: string | undefined;
  const names = () => (alias ? [name, alias] : [name]);
  const register = () => {
    for (const key of names()) {
      if (highlight.size > 0) {
        // Set on every update: a page script may have cleared the shared registry.
        if (registry.get(key) !== highlight) registry.set(key, highlight);
      } else if (registry.get(key) === highlight) {
        registry.delete(key);
      }
    }
  };
  return {
    supported: true,
    set(ranges) {
      highlight.clear();
      for (const range of ranges) highlight.add(range);
      register();
    },
    setAlias(next) {
      if (next === alias) return;
      if (alias && registry.get(alias) === highlight) registry.delete(alias);
      alias = next;
      register();
    },
    dispose() {
      highlight.clear();
      for (const key of names()) if (registry.get(key) === highlight) registry.delete(key);
    },
  };
}
