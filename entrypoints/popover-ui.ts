import { defineUnlistedScript } from '#imports';
import { popoverUi } from '@/lib/popover/ui';
import { POPOVER_UI_GLOBAL } from '@/lib/popover/ui-api';

// Loaded by the content script with import() on the first popover (lib/popover/load-ui.ts); it
// runs in the content script's isolated world, so this global is invisible to the page.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[POPOVER_UI_GLOBAL] = popoverUi;
});
