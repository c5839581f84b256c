// Screenshots of the toolbar popup in light and dark mode, from the built Chrome extension, for a
// page with mentions (the demo article). The popup is opened as a page (`popup.html?tab=ID`) at
// the size a reader sees on clicking the toolbar button (380 × 600, Chrome's tallest popup);
// pass --full for the whole scrolled content instead.
// Usage: npx wxt build && node scripts/popup-screenshots.mjs
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionArgs, findChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { siteHeaders, siteMounts } from '../tests/e2e/site-mounts.mjs';

const extensionPath = path.resolve('.output/chrome-mv3');
const outDir = path.resolve('docs/screenshots');
const full = process.argv.includes('--full');

async function shoot(server, colorScheme, file) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factmark-shot-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    colorScheme,
    viewport: { width: 380, height: 600 },
    args: extensionArgs(extensionPath),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const article = await context.newPage();
    await article.goto(`${server.url}/demo/article.html`);
    await article.waitForFunction(() => performance.getEntriesByName('factmark:ready').length > 0);
    const tabId = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab.id;
    });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('mention-item').first().waitFor();
    await popup.screenshot({ path: path.join(outDir, file), fullPage: full });
    console.log(`wrote ${path.join('docs/screenshots', file)}`);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

fs.mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ mounts: siteMounts, headers: siteHeaders });
try {
  await shoot(server, 'light', 'popup-light.png');
  await shoot(server, 'dark', 'popup-dark.png');
} finally {
  await server.close();
}
