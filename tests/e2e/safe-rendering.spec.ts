import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';
import { HTML_ELEMENTS } from '../../lib/citation/markup';
import { expect, test, waitForReady } from './fixtures';
import { routeCorpusWithParagraphs } from './support/mentions';

/**
 * Safe rendering in real Chromium (issue: trust). Payloads push their name to `window.pwned` if they
 * ever run; every check below also looks at the DOM for what should never be there.
 */
const PAYLOADS = [
  `<img src=x onerror="window.pwned.push('img')">`,
  `<script>window.pwned.push('script')</script>`,
  `<svg onload="window.pwned.push('svg')"></svg>`,
  `<a href="javascript:window.pwned.push('link')">a link</a>`,
  `[md link](javascript:window.pwned.push('md'))`,
  `<iframe srcdoc="<script>parent.pwned.push('iframe')</script>"></iframe>`,
  `<details open ontoggle="window.pwned.push('details')">x</details>`,
  `<style>body{background:url(https://evil.example/x)}</style>`,
  `<form action="javascript:window.pwned.push('form')"><button>go</button></form>`,
  `"><b onmouseover="window.pwned.push('attr')">quote-breaking</b>`,
];

/** Elements no fact text may produce, and attributes no element from it may carry. */
async function dangers(page: Page, selector: string) {
  return page.evaluate(
    ([sel, allowed]) => {
      const out: string[] = [];
      for (const root of document.querySelectorAll(sel)) {
        for (const el of root.querySelectorAll('*')) {
          const tag = el.tagName.toLowerCase();
          if (!allowed.includes(tag)) out.push(`<${tag}>`);
          for (const name of el.getAttributeNames()) {
            if (/^on/i.test(name)) out.push(`${tag}[${name}]`);
            if (name === 'href' && !/^https:\/\//.test(el.getAttribute(name) ?? ''))
              out.push(`${tag}[href=${el.getAttribute(name)}]`);
          }
        }
      }
      return out;
    },
    [selector, HTML_ELEMENTS as readonly string[]] as const,
  );
}

test.describe('safe rendering in Chromium', () => {
  test('a hostile fact pack renders as text through the popover’s rich text, the sanitizer and pasted citations', async ({
    context,
  }) => {
    const bundle = await build({
      entryPoints: [path.resolve('tests/e2e/harness/safe-render.tsx')],
      bundle: true,
      write: false,
      format: 'iife',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Nothing may load: the page has no network but its own two responses.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.route('http://harness.test/**', (route) =>
      route.request().url().endsWith('.js')
        ? route.fulfill({ body: bundle.outputFiles[0]!.text, contentType: 'text/javascript' })
        : route.fulfill({
            body: '<!doctype html><meta charset=utf-8><script>window.pwned=[]</script><script src="/h.js"></script><body></body>',
            contentType: 'text/html',
          }),
    );
    await page.goto('http://harness.test/');
    await page.evaluate((payloads) => window.renderHostile(payloads), PAYLOADS);
    // Give image errors, frames and toggles their chance to fire.
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('b, details, a')) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      }
    });

    expect(await page.evaluate(() => window.pwned)).toEqual([]);
    expect(await dangers(page, '#rich, #sanitized, #pasted')).toEqual([]);
    // Every payload is still there, as visible text (nothing silently dropped from a fact).
    const rich = await page.locator('#rich').innerText();
    for (const payload of PAYLOADS) expect(rich).toContain(payload.replace(/\s+/g, ' '));
    expect(await page.locator('#pasted').innerText()).toContain(`<img src=x onerror=`);
    expect(await page.locator('#pasted a').count()).toBe(0);
    expect(requests).toEqual(['http://harness.test/', 'http://harness.test/h.js']);
    expect(errors).toEqual([]);
  });

  test('hostile page text reaches the popup’s snippets and the reading note as text', async ({
    context,
    extensionId,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const escaped = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const url = await routeCorpusWithParagraphs(
      page,
      'wapo-1/source.html',
      PAYLOADS.slice(0, 4).map(
        (payload) => `A reader wrote ${escaped(payload)} under the Remain in Mexico policy story.`,
      ),
    );
    await page.goto(url);
    await page.evaluate(() => {
      (window as unknown as { pwned: string[] }).pwned = [];
      document.title = `<img src=x onerror="window.pwned.push('title')"> Remain in Mexico`;
    });
    expect((await waitForReady(page)).mentions).toBe(4);
    const [worker] = context.serviceWorkers();
    const tabId = await worker!.evaluate(async () => {
      const [tab] = await (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } };
        }
      ).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id;
    });

    const popup = await context.newPage();
    const popupErrors: string[] = [];
    popup.on('pageerror', (e) => popupErrors.push(String(e)));
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.evaluate(() => ((window as unknown as { pwned: string[] }).pwned = []));
    const items = popup.getByTestId('mention-item');
    await expect(items).toHaveCount(4);
    for (const [i, payload] of PAYLOADS.slice(0, 4).entries()) {
      await expect(items.nth(i)).toContainText(payload.replace(/\s+/g, ' '));
      expect(
        await items.nth(i).locator('img, script, svg, iframe, a[href^="javascript"]').count(),
      ).toBe(0);
    }
    await popup.getByTestId('copy-reading-note').click();
    await expect(popup.getByTestId('copy-reading-note')).toContainText('Reading note copied');
    const html = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/html')).text();
    });
    expect(html).toContain('&lt;img src=x onerror=');
    const parsed = await popup.evaluate((h) => {
      const doc = new DOMParser().parseFromString(h, 'text/html');
      return [...doc.body.querySelectorAll('*')]
        .flatMap((el) =>
          el
            .getAttributeNames()
            .filter(
              (n) => /^on/i.test(n) || (n === 'href' && !/^https?:/.test(el.getAttribute(n)!)),
            ),
        )
        .concat([...doc.body.querySelectorAll('img, script, svg, iframe')].map((el) => el.tagName));
    }, html);
    expect(parsed).toEqual([]);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { pwned: string[] }).pwned)).toEqual([]);
    expect(await popup.evaluate(() => (window as unknown as { pwned: string[] }).pwned)).toEqual(
      [],
    );
    expect(popupErrors).toEqual([]);
  });
});
