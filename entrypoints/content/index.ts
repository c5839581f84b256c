import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main() {
    performance.mark('factmark:ready', { detail: { mentions: 0 } });
  },
});
