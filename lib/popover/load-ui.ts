/**
 * Loads the popover's UI bundle once, on the first popover. `import()` of an extension URL from a
 * content script evaluates the bundle in the content script's isolated world, where it registers
 * itself under {@link POPOVER_UI_GLOBAL}; the page never sees it.
 */
import { loadOnce } from './load-once';
import { POPOVER_UI_GLOBAL, type PopoverUiModule } from './ui-api';

/** A loader that imports `url` once; a failed import is retried on the next call. */
export function createUiLoader(url: () => string): () => Promise<PopoverUiModule> {
  return loadOnce(() =>
    import(/* @vite-ignore */ url()).then(() => {
      const registered = (globalThis as Record<string, unknown>)[POPOVER_UI_GLOBAL];
      if (!registered) throw new Error('Factmark: the popover bundle did not register');
      return registered as PopoverUiModule;
    }),
  );
}
