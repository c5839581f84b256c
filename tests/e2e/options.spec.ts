import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForReady } from './fixtures';
import { markedTexts, mentionPoint } from './support/mentions';

/** The demo article in one tab (marked), the options page in another. */
async function articleAndOptions(context: BrowserContext, extensionId: string) {
  const article = await context.newPage();
  await article.goto('/demo/article.html');
  const { mentions } = await waitForReady(article);
  expect(mentions).toBeGreaterThan(0);
  // A flag in the page's own world: it survives only if the tab is never reloaded.
  await article.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('setting-enabled').waitFor();
  return { article, options, mentions };
}

const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce === true);

const syncStorage = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { sync: { get(): Promise<object> } } } }
    ).chrome.storage.sync.get(),
  );

test.describe('options apply to open tabs without reload', () => {
  test('unchecking setting-enabled removes the marks; checking it brings them back', async ({
    context,
    extensionId,
  }) => {
    const { article, options, mentions } = await articleAndOptions(context, extensionId);
    await options.getByTestId('setting-enabled').uncheck();
    await expect.poll(() => markedTexts(article)).toEqual([]);
    // Nothing of ours is left in the page.
    expect(await article.locator('factmark-ui').count()).toBe(0);
    await options.getByTestId('setting-enabled').check();
    await expect.poll(async () => (await markedTexts(article)).length).toBe(mentions);
    expect(await notReloaded(article)).toBe(true);
  });

  test('mark style, trigger and language follow at once', async ({ context, extensionId }) => {
    const { article, options } = await articleAndOptions(context, extensionId);
    await options.getByTestId('setting-markStyle-tint').check();
    const styles = () =>
      article.evaluate(() =>
        ['underline-dotted', 'tint'].map((style) => CSS.highlights.has(`factmark-style-${style}`)),
      );
    await expect.poll(styles).toEqual([false, true]);

    // Click only: resting the pointer on a mark opens nothing; a click does.
    await options.getByTestId('setting-trigger-mode-click').check();
    await options.getByTestId('setting-language').selectOption('es');
    await article.bringToFront();
    const { x, y } = await mentionPoint(article, 0);
    await article.mouse.move(x, y);
    await article.waitForTimeout(800);
    await expect(article.getByTestId('factmark-popover')).toHaveCount(0);
    await article.mouse.click(x, y);
    // The language setting forces Spanish on this English page.
    await expect(article.getByTestId('factmark-popover')).toHaveAttribute('lang', 'es');
    await expect(article.getByTestId('copy-key-facts')).toHaveText('Copiar datos clave');
    expect(await notReloaded(article)).toBe(true);
  });

  test('importing a malformed file shows the error and changes nothing', async ({
    context,
    extensionId,
  }) => {
    const { article, options, mentions } = await articleAndOptions(context, extensionId);
    await options.getByTestId('setting-markStyle-underline-solid').check();
    await expect
      .poll(async () => JSON.stringify(await syncStorage(options)))
      .toContain('underline-solid');
    const before = await syncStorage(options);
    for (const [name, body] of [
      ['broken.json', '{"enabled": false, '],
      ['wrong.json', JSON.stringify({ factmark: 'settings', settings: { enabled: 'nope' } })],
    ] as const) {
      await options.getByTestId('import-settings').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(body),
      });
      await expect(options.getByTestId('import-error')).not.toBeEmpty();
      expect(await syncStorage(options)).toEqual(before);
    }
    expect(await markedTexts(article)).toHaveLength(mentions);
  });
});
