import { expect, test, waitForReady } from './fixtures';

test('the built extension loads and its content script marks the page as ready', async ({
  context,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const page = await context.newPage();
  await page.goto('/index.html');
  const ready = await waitForReady(page);
  expect(ready.mentions).toBeGreaterThanOrEqual(0);
});

test.describe('without the extension', () => {
  test.use({ withExtension: false });

  test('no ready mark appears (the smoke test depends on the extension)', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('/index.html');
    await expect(waitForReady(page, 2_000)).rejects.toThrow();
  });
});
