import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionArgs, findChromium, quietArgs } from '../../scripts/lib/chromium.mjs';

/** The BUILT extension: `npm run build` (or `npx wxt build`) must run first. */
export const extensionPath = path.resolve('.output/chrome-mv3');

interface Fixtures {
  /** Chromium with a fresh profile and the built extension loaded. */
  context: BrowserContext;
  /** The unpacked extension's id, read from its service worker (it depends on the build path). */
  extensionId: string;
  /** Whether to load the extension; override with `test.use({ withExtension: false })`. */
  withExtension: boolean;
}

export const test = base.extend<Fixtures>({
  withExtension: [true, { option: true }],
  context: async ({ withExtension }, use) => {
    if (withExtension && !fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
      throw new Error(`No build at ${extensionPath}: run \`npm run build\` first.`);
    }
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factmark-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless: !process.env.E2E_HEADED,
      args: withExtension ? extensionArgs(extensionPath) : quietArgs,
    });
    await use(context);
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

/**
 * Waits for the content script's `factmark:ready` mark (DEVELOPERS.md contract) and returns its
 * detail. Rejects after `timeout` ms when the extension never ran on the page.
 */
export async function waitForReady(page: Page, timeout = 10_000): Promise<{ mentions: number }> {
  const handle = await page.waitForFunction(
    () => {
      const [mark] = performance.getEntriesByName('factmark:ready', 'mark') as PerformanceMark[];
      return mark ? (mark.detail as { mentions: number }) : undefined;
    },
    undefined,
    { timeout },
  );
  return (await handle.jsonValue()) as { mentions: number };
}
