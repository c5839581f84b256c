// Screenshots of the options page in light and dark mode, from the built Chrome extension.
// Usage: npx wxt build && node scripts/options-screenshots.mjs
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const extensionPath = path.resolve('.output/chrome-mv3');
const outDir = path.resolve('docs/screenshots');

async function shoot(colorScheme, file) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factmark-shot-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    colorScheme,
    viewport: { width: 900, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByTestId('setting-enabled').waitFor();
    // Show a realistic page: a couple of listed sites.
    for (const site of ['foxnews.com', 'www.Example.org']) {
      await page.getByTestId('setting-siteRules-add-input').fill(site);
      await page.getByTestId('setting-siteRules-add').click();
    }
    await page.getByTestId('setting-siteRules-list').getByText('example.org').waitFor();
    // Wait for the "Saved" status to clear: in a full-page shot it floats mid-page.
    await page.getByTestId('status').filter({ hasText: /\S/ }).waitFor();
    await page
      .getByTestId('status')
      .filter({ hasText: /\S/ })
      .waitFor({ state: 'detached', timeout: 10_000 });
    await page.screenshot({ path: path.join(outDir, file), fullPage: true });
    console.log(`wrote ${path.join('docs/screenshots', file)}`);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

fs.mkdirSync(outDir, { recursive: true });
await shoot('light', 'options-light.png');
await shoot('dark', 'options-dark.png');
