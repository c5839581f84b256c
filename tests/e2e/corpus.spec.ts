/**
 * Real saved news pages (tests/fixtures/corpus, Mozilla Readability fixtures): none mentions the
 * policy, so the extension must find nothing and leave each page's DOM exactly as it is without it.
 *
 * Page scripts are switched off in both browsers (content scripts still run): saved pages run ad
 * and tracking code that would otherwise make two loads of the same page differ by themselves.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionArgs, findChromium, quietArgs } from '../../scripts/lib/chromium.mjs';
import { expect, extensionPath, test, waitForReady } from './fixtures';

const corpusDir = path.resolve('tests/fixtures/corpus');
const pages = fs
  .readdirSync(corpusDir)
  .filter((file) => file.endsWith('.html'))
  .sort();

let withExtension: BrowserContext;
let without: BrowserContext;
const profiles: string[] = [];

async function launch(args: string[]): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'factmark-corpus-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: !process.env.E2E_HEADED,
    javaScriptEnabled: false,
    args,
  });
  // The saved pages point at their original sites; answer those requests at once, offline.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  return context;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  withExtension = await launch(extensionArgs(extensionPath));
  without = await launch(quietArgs);
});

test.afterAll(async () => {
  await withExtension?.close();
  await without?.close();
  for (const profile of profiles) fs.rmSync(profile, { recursive: true, force: true });
});

/** The serialized document after load (no page script runs, so it is deterministic). */
async function serialize(context: BrowserContext, url: string, ready: boolean) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const detail = ready ? await waitForReady(page, 20_000) : undefined;
  const html = await page.evaluate(() => new XMLSerializer().serializeToString(document));
  const marks = await page.evaluate(() => CSS.highlights.get('factmark')?.size ?? 0);
  await page.close();
  return { html, detail, marks };
}

for (const file of pages) {
  test(`${file}: no mention found, DOM identical to a run without the extension`, async ({
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const url = `${baseURL}/corpus/${file}`;
    const ours = await serialize(withExtension, url, true);
    const theirs = await serialize(without, url, false);
    expect(ours.detail).toEqual({ mentions: 0 });
    expect(ours.marks).toBe(0);
    expect(ours.html.length).toBe(theirs.html.length);
    expect(ours.html === theirs.html).toBe(true);
  });
}
