/**
 * Build-time (Node only; `wxt.config.ts` uses it): a Vite plugin that drops the translators' notes
 * from the message catalogs our scripts import (`locales/<lang>/<area>.json`): each message's
 * `description` and its placeholders' `example`. They are for translators only (the browser's
 * `_locales`, built separately by `build-locales.ts`, leaves them out too); in the bundles they were
 * about a third of the catalog text, shipped in the content script on every page.
 */
import type { Plugin } from 'vite';
import type { MessageEntry } from './format-message';

const CATALOG = /[\\/]locales[\\/][a-z]{2}[\\/][a-z-]+\.json$/;

/** The catalog without translators' notes. */
export function stripCatalogNotes(
  catalog: Record<string, MessageEntry>,
): Record<string, MessageEntry> {
  return Object.fromEntries(
    Object.entries(catalog).map(([name, { message, placeholders }]) => [
      name,
      placeholders
        ? {
            message,
            placeholders: Object.fromEntries(
              Object.entries(placeholders).map(([key, { content }]) => [key, { content }]),
            ),
          }
        : { message },
    ]),
  );
}

export function catalogNotesPlugin(): Plugin {
  return {
    name: 'factmark-catalog-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOG.test(id.split('?')[0] ?? '')) return undefined;
      return { code: JSON.stringify(stripCatalogNotes(JSON.parse(code))), map: null };
    },
  };
}
