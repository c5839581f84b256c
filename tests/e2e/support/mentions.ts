import type { Page } from '@playwright/test';

/** The parts of the extension API the tests call inside the service worker. */
interface ChromeApi {
  tabs: {
    query(query: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { sync: { set(values: object): Promise<void> } };
}
declare const chrome: ChromeApi;

/** A sentence with one unambiguous mention, for generated test pages. */
export const MENTION =
  'Under the Remain in Mexico policy, families waited for months in border towns.';

/**
 * Serves `corpusPage` (a real saved news page) with `paragraphs` inserted after its first
 * paragraph, as if the publisher had written them: the page's DOM is never touched by the test.
 */
export async function routeCorpusWithParagraphs(
  page: Page,
  corpusPage: string,
  paragraphs: string[],
): Promise<string> {
  const url = `/corpus/${corpusPage}`;
  await page.route(`**${url}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const at = html.indexOf('</p>');
    const extra = paragraphs.map((text, i) => `<p id="factmark-test-${i}">${text}</p>`).join('');
    const body = at >= 0 ? html.slice(0, at + 4) + extra + html.slice(at + 4) : html + extra;
    await route.fulfill({
      response,
      body,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  });
  return url;
}

/** Scrolls the `index`th marked mention (document order) into view; returns its centre and text. */
export async function mentionPoint(
  page: Page,
  index = 0,
): Promise<{ x: number; y: number; text: string }> {
  return page.evaluate((i) => {
    const ranges = [...(CSS.highlights.get('factmark') ?? [])]
      .map((r) => r as Range)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[i];
    if (!range) throw new Error(`no mention #${i}`);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
  }, index);
}

/** The text of the ranges in the `factmark` highlight. */
export async function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('factmark') ?? [])].map((range) => (range as Range).toString()),
  );
}

/**
 * Sends the keyboard command's message to the content script of `page`, the active tab, exactly
 * as the background does when the shortcut is pressed (headless Chromium cannot press browser
 * shortcuts; tab URLs are hidden from us without the "tabs" permission, so the active tab it is).
 */
export async function sendCommand(page: Page): Promise<void> {
  await page.bringToFront();
  const [worker] = page.context().serviceWorkers();
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    await chrome.tabs.sendMessage(tab.id, { factmark: 'command', command: 'open-context' });
  });
}

/** Sets synced settings the way the options page does (storage items by key). */
export async function setSyncSettings(page: Page, values: Record<string, unknown>): Promise<void> {
  const [worker] = page.context().serviceWorkers();
  if (!worker) throw new Error('no service worker');
  await worker.evaluate((v) => chrome.storage.sync.set(v), values);
}
