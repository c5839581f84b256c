// `npm run demo`: builds Factmark, then opens Chromium with the built extension and a fresh profile
// on a demo article served on loopback, so a person sees it work in one command.
// `npm run demo -- --headless` does the same without a window and saves a screenshot (demo.png).
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionArgs, findChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { siteHeaders, siteMounts } from '../tests/e2e/site-mounts.mjs';

const headless = process.argv.includes('--headless');
const dark = process.argv.includes('--dark');
const skipBuild = process.argv.includes('--no-build');
const shotPath = path.resolve(argValue('--out') ?? 'demo.png');
const extensionDir = path.resolve('.output/chrome-mv3');

const executablePath = findChromium(); // fail fast, before the build, when there is no browser
if (!skipBuild) {
  console.log('Building the extension (wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}

const server = await startStaticServer({ mounts: siteMounts, headers: siteHeaders });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'factmark-demo-'));
const url = `${server.url}/demo/article.html`;

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    colorScheme: dark ? 'dark' : 'light',
    viewport: { width: 1280, height: 900 },
    args: extensionArgs(extensionDir),
  });
} catch (error) {
  console.error(String(error));
  if (!headless) console.error('\nNo display? Run `npm run demo -- --headless` instead.');
  await server.close();
  process.exit(1);
}

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
const ready = await page.waitForFunction(
  () => performance.getEntriesByName('factmark:ready', 'mark')[0]?.detail,
  undefined,
  { timeout: 15_000 },
);
const { mentions } = await ready.jsonValue();
console.log(`Factmark is running on ${url}: ${mentions} mention(s) marked.`);
await openFirstMention(page);

if (headless) {
  await page.screenshot({ path: shotPath });
  console.log(`Screenshot saved: ${shotPath}`);
  await context.close();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
} else {
  console.log('Close the browser window to end the demo.');
  context.on('close', async () => {
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });
}

/** Clicks the first marked mention, which opens its popover (when the popover exists). */
async function openFirstMention(page) {
  const rect = await page.evaluate(() => {
    const highlight = globalThis.CSS?.highlights?.get('factmark');
    const first = highlight ? [...highlight][0] : undefined;
    if (!first) return undefined;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = first.getClientRects()[0];
    return box && { x: box.x + Math.min(box.width / 2, 20), y: box.y + box.height / 2 };
  });
  if (!rect) return;
  await page.mouse.click(rect.x, rect.y);
  // Wait for the facts, then for the fade-in to end, so the screenshot shows the finished popover.
  await page
    .getByTestId('factmark-popover')
    .getByTestId('fact')
    .first()
    .waitFor({ timeout: 5_000 })
    .then(() => page.waitForTimeout(400))
    .catch(() => {});
}

function argValue(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}
