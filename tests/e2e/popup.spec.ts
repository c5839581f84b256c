import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForReady } from './fixtures';

// The service worker's `chrome`, as far as these tests use it (evaluated there, not here).
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  storage: { sync: { set(items: object): Promise<void> } };
};

/** The id of the active tab, read by the extension's service worker (pages cannot know it). */
async function activeTabId(context: BrowserContext): Promise<number> {
  const [worker] = context.serviceWorkers();
  const id = await worker!.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** Opens a tab on `url`, waits for Factmark, and returns it with its tab id and mention count. */
async function openArticle(context: BrowserContext, url = '/popup.html') {
  const page = await context.newPage();
  await page.goto(url);
  const ready = await waitForReady(page);
  return { page, tabId: await activeTabId(context), mentions: ready.mentions };
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

const markCount = (page: Page, name = 'factmark') =>
  page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

test.describe('toolbar popup', () => {
  test('lists the page’s mentions: the count and one item per mention', async ({
    context,
    extensionId,
  }) => {
    const { page, tabId, mentions } = await openArticle(context);
    expect(mentions).toBe(3);
    const popup = await openPopup(context, extensionId, tabId);
    await expect(popup.getByTestId('mention-count')).toHaveText(String(mentions));
    await expect(popup.getByTestId('mention-item')).toHaveCount(mentions);
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll('[data-expect]')].map((e) => e.getAttribute('data-expect')),
    );
    for (const [i, text] of expected.entries()) {
      await expect(popup.getByTestId('mention-item').nth(i)).toContainText(text!);
    }
    // The policy, its status and the pack's version are there whatever the page.
    await expect(popup.getByRole('heading', { level: 2, name: /Remain in Mexico/ })).toBeVisible();
    await expect(popup.getByTestId('policy-status')).toContainText('January 31, 2025');
    await expect(popup.getByTestId('figures').locator('.figure')).toHaveCount(4);
    await expect(popup.getByTestId('pack-version')).toContainText('1.0.0');
    await expect(popup.getByTestId('privacy')).toHaveText(
      'Works offline. Nothing leaves this device.',
    );
  });

  test('choosing a mention scrolls the page to it and flashes it', async ({
    context,
    extensionId,
  }) => {
    const { page, tabId } = await openArticle(context);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByTestId('mention-item').last().click();
    // The flash (2 s): the active highlight holds exactly the chosen mention's range.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(CSS.highlights.get('factmark-active') ?? [])].map((r) => String(r)),
        ),
      )
      .toEqual(['Remain in Mexico']);
    // The (smooth) scroll brings the last paragraph, far below the first screen, into view.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const rect = document.getElementById('last')!.getBoundingClientRect();
          return scrollY > 500 && rect.top >= 0 && rect.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  });

  test('“facts used” are exactly the key facts the page’s popovers show', async ({
    context,
    extensionId,
  }) => {
    const { page, tabId, mentions } = await openArticle(context);
    const popup = await openPopup(context, extensionId, tabId);
    const used = popup.getByTestId('facts-used').locator('.fact');
    await expect(used.first()).toBeVisible();
    const listed = await used.evaluateAll((cards) =>
      cards.map((c) => c.getAttribute('data-fact-id')),
    );
    // Open each mention's popover from the popup and collect its key facts, in order.
    const shown: string[] = [];
    for (let i = 0; i < mentions; i++) {
      await popup.getByTestId('mention-item').nth(i).click();
      const popover = page.getByTestId('factmark-popover');
      await expect(popover.getByTestId('fact').first()).toBeVisible();
      for (const id of await popover
        .getByTestId('fact')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-fact-id')!))) {
        if (!shown.includes(id)) shown.push(id);
      }
    }
    expect(listed).toEqual(shown);
  });

  test('the site switch takes effect in the open tab at once, persists, and switches back', async ({
    context,
    extensionId,
  }) => {
    const { page, tabId, mentions } = await openArticle(context);
    expect(await markCount(page)).toBe(mentions);
    let popup = await openPopup(context, extensionId, tabId);
    const toggle = popup.getByTestId('site-toggle');
    await expect(toggle).toBeChecked();
    await expect(toggle).toHaveAccessibleName('Show context on 127.0.0.1');

    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect.poll(() => markCount(page)).toBe(0);
    await expect(popup.getByTestId('mention-count')).toHaveText('0');
    // No reload happened: the ready mark is still the first and only one.
    expect(await page.evaluate(() => performance.getEntriesByName('factmark:ready').length)).toBe(
      1,
    );

    await popup.close();
    popup = await openPopup(context, extensionId, tabId);
    await expect(popup.getByTestId('site-toggle')).not.toBeChecked();
    await expect(popup.getByTestId('mention-count')).toHaveText('0');

    await popup.getByTestId('site-toggle').click();
    await expect(popup.getByTestId('site-toggle')).toBeChecked();
    await expect.poll(() => markCount(page)).toBe(mentions);
    await expect(popup.getByTestId('mention-count')).toHaveText(String(mentions));
  });

  test('copies a fact used on the page with its source, and a reading note', async ({
    context,
    extensionId,
  }) => {
    // Chromium refuses a grant for an extension origin by name; a grant for every origin works.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { tabId } = await openArticle(context);
    const popup = await openPopup(context, extensionId, tabId);
    const used = popup.getByTestId('facts-used');
    const first = used.locator('.fact').first();
    await expect(first).toBeVisible();
    const factText = (await first.locator('.fact__text').innerText()).trim();
    const publisher = (await first.locator('.sources a').first().innerText()).trim();

    await first.getByTestId('copy').click();
    await expect(first.getByTestId('copy')).toContainText('Copied');
    await expect(popup.getByTestId('copy-status')).toHaveText('Copied');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(factText);
    expect(copied).toMatch(/ Sources?: /);
    expect(copied).toContain(publisher);
    expect(copied).toMatch(/https:\/\//);

    await used.getByTestId('copy-reading-note').click();
    await expect(used.getByTestId('copy-reading-note')).toContainText('Reading note copied');
    const note = await popup.evaluate(() => navigator.clipboard.readText());
    expect(note).toContain('## Reading note: Popup test article: Remain in Mexico in court');
    expect(note).toContain('/popup.html');
    expect(note).toContain('- Published: February 3, 2025');
    expect(note).toContain(publisher);
    // One list item per fact used on the page.
    const usedCount = await used.locator('.fact').count();
    const factLines = note
      .split('### Facts')[1]!
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(factLines).toHaveLength(usedCount);
  });

  test('search finds court cases and copies them with their citation', async ({
    context,
    extensionId,
  }) => {
    // Chromium refuses a grant for an extension origin by name; a grant for every origin works.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { tabId } = await openArticle(context);
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByLabel('Facts, timeline and court cases').fill('biden v. texas');
    const hit = popup.locator('[data-testid="search-result"][data-kind="case"]').first();
    await expect(hit).toContainText('Biden v. Texas');
    await hit.getByTestId('copy').click();
    await expect(hit.getByTestId('copy')).toContainText('Copied');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Biden v. Texas');
    expect(copied).toMatch(/Sources?: .*https:\/\//);
  });

  for (const url of ['about:blank', 'chrome://version/']) {
    test(`says the page is unavailable on ${url}`, async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await activeTabId(context);
      const popup = await openPopup(context, extensionId, tabId);
      await expect(popup.getByTestId('unavailable')).toBeVisible();
      await expect(popup.getByTestId('unavailable')).toContainText('can’t read this page');
      await expect(popup.getByTestId('mention-item')).toHaveCount(0);
      await expect(popup.getByTestId('site-toggle')).toHaveCount(0);
    });
  }

  test('follows the language setting (Spanish)', async ({ context, extensionId }) => {
    const { tabId } = await openArticle(context);
    const [worker] = context.serviceWorkers();
    await worker!.evaluate(() => chrome.storage.sync.set({ language: 'es' }));
    const popup = await openPopup(context, extensionId, tabId);
    await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
    await expect(popup.getByTestId('privacy')).toHaveText(
      'Funciona sin conexión. Nada sale de este dispositivo.',
    );
    await expect(popup.getByTestId('mention-count')).toHaveText('3');
  });
});
