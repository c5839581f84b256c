import { browser, defineContentScript } from '#imports';
import { startFactmark } from '@/lib/content/app';
// Mark styles reach the page as this script's manifest CSS: no element is added for them.
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startFactmark({
      doc: document,
      hostname: location.hostname,
      signal: ctx.signal,
      runtime: browser.runtime,
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (id) => clearTimeout(id),
    });
  },
});
