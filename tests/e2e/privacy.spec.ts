import { chromium, type BrowserContext } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionArgs, findChromium, quietArgs } from '../../scripts/lib/chromium.mjs';
import { expect, extensionPath, test, waitForReady } from './fixtures';
import { mentionPoint } from './support/mentions';

/**
 * Zero network, proved with Chromium's own network log (--log-net-log), which records every
 * request the browser makes: pages, the extension's service worker, its pages and its content
 * scripts alike. The same visits run with and without Factmark; with it, the browser may request
 * nothing that it did not request without it (our own chrome-extension:// files aside).
 */

const PAGES = [
  '/corpus/nytimes-1.html',
  '/corpus/guardian-1.html',
  '/corpus/la-nacion.html',
  '/demo/article.html',
  '/strict.csp.html',
];

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; initiator?: string } }[];
}

/**
 * Every URL the browser requested, from a finished net log. Requests the browser starts on its
 * own (no initiating origin: no page, no extension) are listed without their query: Chromium's
 * update client (update.googleapis.com/service/update2, sent by Chromium 156 even with
 * --disable-component-update) signs each request with fresh random `cup2key`/`cup2hreq` values, so
 * its URLs never repeat between runs. Requests of pages and extensions keep their whole URL.
 */
function requestedUrls(file: string): Set<string> {
  const log = JSON.parse(fs.readFileSync(file, 'utf8')) as NetLog;
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const urls = new Set<string>();
  for (const event of log.events) {
    const url = event.params?.url;
    if (event.type !== start || !url) continue;
    urls.add(event.params?.initiator === 'not an origin' ? url.replace(/[?#].*$/, '') : url);
  }
  return urls;
}

async function visitAll(context: BrowserContext, baseURL: string, withExtension: boolean) {
  for (const url of PAGES) {
    const page = await context.newPage();
    await page.goto(baseURL + url);
    if (withExtension) {
      const { mentions } = await waitForReady(page);
      if (mentions > 0) {
        // Open a popover: it loads the UI bundle and the fact pack.
        const { x, y } = await mentionPoint(page, 0);
        await page.mouse.click(x, y);
        await expect(page.getByTestId('fact').first()).toBeVisible();
      }
    } else {
      await page.waitForLoadState('load');
    }
    await page.waitForTimeout(300);
    await page.close();
  }
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    for (const extensionPage of ['popup.html', 'options.html']) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${extensionPage}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      await page.close();
    }
  }
}

async function run(baseURL: string, withExtension: boolean): Promise<Set<string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factmark-netlog-'));
  const logFile = path.join(dir, 'net.json');
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: findChromium(),
    headless: true,
    args: [
      ...(withExtension ? extensionArgs(extensionPath) : quietArgs),
      `--log-net-log=${logFile}`,
    ],
  });
  try {
    await visitAll(context, baseURL, withExtension);
  } finally {
    await context.close();
  }
  const urls = requestedUrls(logFile);
  fs.rmSync(dir, { recursive: true, force: true });
  return urls;
}

test('the extension makes no network request of its own', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const without = await run(baseURL!, false);
  const withFactmark = await run(baseURL!, true);
  const network = (urls: Set<string>) =>
    [...urls].filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith('data:'));
  const extra = network(withFactmark).filter((url) => !without.has(url));
  console.log(
    `net log: ${network(without).length} requests without Factmark, ` +
      `${network(withFactmark).length} with it, ${extra.length} extra`,
  );
  // The log really recorded the visits (a broken log would make this test pass vacuously).
  expect(network(without).some((url) => url.endsWith('/demo/article.html'))).toBe(true);
  expect(network(withFactmark).some((url) => url.endsWith('/demo/article.html'))).toBe(true);
  expect(extra).toEqual([]);
  // Chromium itself contacts a few Google hosts in both runs (accounts.google.com…): those are the
  // browser's, not ours, and the comparison above already allows exactly them.
  const outside = network(withFactmark).filter((url) => new URL(url).hostname !== '127.0.0.1');
  expect(outside.every((url) => without.has(url))).toBe(true);
});
