import type { Page } from '@playwright/test';
import { expect, test, waitForReady } from './fixtures';

/** The text of every range in `CSS.highlights.get('factmark')`, in document order. */
async function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('factmark');
    if (!highlight) return [];
    return [...highlight]
      .map((range) => range as Range)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => range.toString());
  });
}

/** The ways reveal.html hides a block at load: a <details>, a hidden attribute, a style, a class. */
const WAYS = ['details', 'attribute', 'style', 'class'] as const;

/** Shows or hides the block of reveal.html that is hidden the way `how` says. */
function setShown(page: Page, how: (typeof WAYS)[number], shown: boolean): Promise<void> {
  return page.evaluate(
    ([how, shown]) => {
      if (how === 'details') (document.getElementById('faq') as HTMLDetailsElement).open = shown;
      if (how === 'attribute') document.getElementById('attribute')!.hidden = !shown;
      if (how === 'style')
        document.getElementById('style')!.style.display = shown ? 'block' : 'none';
      if (how === 'class') document.getElementById('class')!.classList.toggle('collapsed', !shown);
    },
    [how, shown] as const,
  );
}

/** Scan measures recorded so far, with their details. */
async function scans(page: Page): Promise<{ mentions: number; textNodes: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName('factmark:scan', 'measure')
      .map(
        (entry) => (entry as PerformanceMeasure).detail as { mentions: number; textNodes: number },
      ),
  );
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('detection in the page', () => {
  test('marks exactly the mentions the test page annotates, and nothing it skips', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('/detection.html');
    const ready = await waitForReady(page);

    const expected = await page.evaluate(() =>
      [...document.querySelectorAll('[data-expect]')].flatMap((element) =>
        (element.getAttribute('data-expect') ?? '').split('|').filter(Boolean),
      ),
    );
    const marked = await markedTexts(page);
    expect(marked.map(squash)).toEqual(expected.map(squash));
    expect(ready.mentions).toBe(expected.length);

    // Every range sits inside the element that expects it (not in a skipped neighbour).
    const misplaced = await page.evaluate(() => {
      const highlight = CSS.highlights.get('factmark')!;
      return [...highlight].filter((range) => {
        const element = (range as Range).commonAncestorContainer;
        const owner = (element instanceof Element ? element : element.parentElement)?.closest(
          '[data-expect]',
        );
        return !owner || !owner.getAttribute('data-expect');
      }).length;
    });
    expect(misplaced).toBe(0);
  });

  test('records the performance contract: a scan measure per pass and one ready mark', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('/detection.html');
    await waitForReady(page);
    const [first] = await scans(page);
    expect(first!.mentions).toBeGreaterThan(0);
    expect(first!.textNodes).toBeGreaterThan(10);
    expect(
      await page.evaluate(() => performance.getEntriesByName('factmark:ready', 'mark').length),
    ).toBe(1);
  });

  test('the page DOM is untouched: only a <factmark-ui> host is added under <html>', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('/detection.html');
    await waitForReady(page);
    const extra = await page.evaluate(() => {
      const host = document.querySelector('factmark-ui');
      return {
        hosts: document.querySelectorAll('factmark-ui').length,
        parent: host?.parentElement?.tagName,
        open: host?.shadowRoot?.mode,
        bodyHasHost: document.body.querySelector('factmark-ui') !== null,
        styles: document.querySelectorAll('style').length,
      };
    });
    expect(extra).toEqual({
      hosts: 1,
      parent: 'HTML',
      open: 'open',
      bodyHasHost: false,
      styles: 1, // the page's own <style>
    });
  });

  test('a page with no mention gets a ready mark with zero mentions and no host', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('/index.html');
    expect(await waitForReady(page)).toEqual({ mentions: 0 });
    expect(await page.locator('factmark-ui').count()).toBe(0);
    expect(await scans(page)).toHaveLength(1);
  });
});

test.describe('content that changes after load', () => {
  test('follows a live blog: new posts, edits, removals and single-page navigation', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('/live.html');
    expect(await waitForReady(page)).toEqual({ mentions: 0 });

    await page.evaluate(() =>
      (window as unknown as { addPost(text: string): void }).addPost(
        'Update: DHS says the Migrant Protection Protocols restart in Tijuana.',
      ),
    );
    await expect.poll(() => markedTexts(page)).toEqual(['Migrant Protection Protocols']);
    await expect(page.locator('factmark-ui')).toHaveCount(1);

    await page.evaluate(() =>
      (window as unknown as { addPost(text: string): void }).addPost(
        'Update 2: lawyers call the Remain in Mexico program unlawful.',
      ),
    );
    await expect
      .poll(() => markedTexts(page))
      .toEqual(['Migrant Protection Protocols', 'Remain in Mexico']);

    await page.evaluate(() =>
      (window as unknown as { editFirstPost(text: string): void }).editFirstPost(
        'Update: DHS comment corrected.',
      ),
    );
    await expect.poll(() => markedTexts(page)).toEqual(['Remain in Mexico']);

    await page.evaluate(() => (window as unknown as { removePosts(): void }).removePosts());
    await expect.poll(() => markedTexts(page)).toEqual([]);
    // With no mention left, the host goes too.
    await expect(page.locator('factmark-ui')).toHaveCount(0);

    await page.evaluate(() =>
      (window as unknown as { navigate(path: string, p: string[]): void }).navigate('/story-2', [
        'A new story: the “Quédate en México” program returns.',
        'Nothing else here.',
      ]),
    );
    await expect.poll(() => markedTexts(page)).toEqual(['Quédate en México']);
  });

  test('marks text a reader reveals later: a <details>, a hidden attribute, a style, a class', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('/reveal.html');
    expect(await waitForReady(page)).toEqual({ mentions: 1 });
    expect(await markedTexts(page)).toEqual(['Migrant Protection Protocols']);

    const expected = ['Migrant Protection Protocols'];
    for (const [how, mention] of [
      ['details', 'Remain in Mexico'],
      ['attribute', 'Quédate en México'],
      ['style', 'MPP'],
      ['class', 'Remain-in-Mexico'],
    ] as const) {
      await setShown(page, how, true);
      expected.push(mention);
      await expect.poll(() => markedTexts(page), { message: how }).toEqual(expected);
    }
  });

  test('drops the marks of text the page hides later, and marks it again when shown', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('/reveal.html');
    await waitForReady(page);
    for (const how of WAYS) await setShown(page, how, true);
    const all = [
      'Migrant Protection Protocols',
      'Remain in Mexico',
      'Quédate en México',
      'MPP',
      'Remain-in-Mexico',
    ];
    await expect.poll(() => markedTexts(page)).toEqual(all);

    const shown = [...all];
    for (const [how, mention] of [
      ['style', 'MPP'],
      ['class', 'Remain-in-Mexico'],
      ['details', 'Remain in Mexico'],
      ['attribute', 'Quédate en México'],
    ] as const) {
      await setShown(page, how, false);
      shown.splice(shown.indexOf(mention), 1);
      await expect.poll(() => markedTexts(page), { message: how }).toEqual(shown);
    }
    // Shown again: marked again.
    await setShown(page, 'class', true);
    await expect
      .poll(() => markedTexts(page))
      .toEqual(['Migrant Protection Protocols', 'Remain-in-Mexico']);
  });

  test('our own UI never triggers rescans (no feedback loop)', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('/detection.html');
    await waitForReady(page);
    await page.waitForTimeout(1500);
    const settled = (await scans(page)).length;
    await page.waitForTimeout(1500);
    expect((await scans(page)).length).toBe(settled);
    expect(settled).toBeLessThanOrEqual(2);
  });
});
