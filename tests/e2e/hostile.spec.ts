/**
 * Hostile and unusual pages (issue 8): pages that break the main world's built-ins, huge and deep
 * documents, a framework that hydrates server-rendered HTML, editors, shadow roots and iframes, and
 * garbage in the stored settings. Factmark must keep working (it runs in the isolated world) or fail
 * closed, and never break the page.
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { installProbe, probe, probeReady } from './support/probe';

const popover = (page: Page) => page.getByTestId('factmark-popover');

/** Collects uncaught page errors and console errors/warnings (ours are prefixed `[factmark]`). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  return problems;
}

test.describe('hostile pages', () => {
  for (const highlights of ['map', 'delete'] as const) {
    test(`a page that breaks DOM, Range, performance and CSS.highlights (${highlights}) in the main world`, async ({
      context,
    }) => {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await installProbe(page);
      await page.goto(`/hostile/patched.html?highlights=${highlights}`);
      const ready = await probeReady(page);
      expect(ready.mentions).toBe(2);
      expect(await probe(page, 'marked')).toEqual([
        'Remain in Mexico',
        'Migrant Protection Protocols',
      ]);
      // The page really did replace them in its own world.
      const seen = await page.evaluate(() => ({
        patched: (window as unknown as { hostilePatched: string }).hostilePatched,
        highlights: (CSS as { highlights?: unknown }).highlights instanceof Map,
        ready: performance.getEntriesByName('factmark:ready').length,
      }));
      expect(seen).toEqual({ patched: 'after-load', highlights: highlights === 'map', ready: 0 });

      // The marks are drawn: the mention's pixels change when our highlight leaves the registry.
      const clip = await page.locator('#first').boundingBox();
      const marked = await page.screenshot({ clip: clip! });
      await probe(page, 'hide');
      const plain = await page.screenshot({ clip: clip! });
      await probe(page, 'show');
      expect(marked.equals(plain)).toBe(false);

      // The popover opens on a click and shows facts.
      const point = (await probe(page, 'point', 0))!;
      await page.mouse.click(point.x, point.y);
      await expect(popover(page)).toBeVisible();
      expect(await popover(page).getByTestId('fact').count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect(popover(page)).toHaveCount(0);

      // Content the page adds later (with its MutationObserver replaced) is still found.
      await page.evaluate(() =>
        (window as unknown as { pageAddsParagraph(text: string): void }).pageAddsParagraph(
          'Judges heard more cases under the Remain in Mexico policy this spring.',
        ),
      );
      await expect.poll(() => probe(page, 'marked')).toHaveLength(3);
      expect(problems).toEqual([]);
    });
  }
});
