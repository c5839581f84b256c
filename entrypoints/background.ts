import { browser, defineBackground } from '#imports';
import { showTabState } from '@/lib/background/badge';
import { pack } from '@/lib/facts/pack';
import { isMessage, message } from '@/lib/messaging/protocol';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((request, sender) => {
    if (isMessage(request, 'get-pack')) return Promise.resolve(pack);
    if (isMessage(request, 'count') && sender.tab?.id !== undefined && sender.frameId === 0) {
      return showTabState(browser.action, sender.tab.id, request.count, request.state);
    }
    return undefined;
  });

  // The keyboard command opens the context of the next mention in view on the active tab.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-context' || tab?.id === undefined) return;
    await browser.tabs
      .sendMessage(tab.id, message('command', { command: 'open-context' }))
      .catch(() => undefined);
  });
});
