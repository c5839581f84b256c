/**
 * Hostile and unusual pages (issue 8): pages that break the main world's built-ins, a framework
 * that hydrates server-rendered HTML, editors, shadow roots and iframes, and garbage in the stored
 * settings (huge and deep documents are in huge-pages.spec.ts). Factmark must keep working (it
 * runs in the isolated world) or fail closed, and never break the page.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForReady } from './fixtures';
import { MENTION, markedTexts, mentionPoint, setSyncSettings } from './support/mentions';
import { installProbe, probe, probeReady } from './support/probe';
import { watchProblems } from './support/problems';

const popover = (page: Page) => page.getByTestId('factmark-popover');

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

/** Serves Preact's ES modules from node_modules to hostile/hydrate.html. */
async function routePreact(page: Page): Promise<void> {
  const files: Record<string, string> = {
    'preact.mjs': 'node_modules/preact/dist/preact.mjs',
    'hooks.mjs': 'node_modules/preact/hooks/dist/hooks.mjs',
    'debug.mjs': 'node_modules/preact/debug/dist/debug.mjs',
    'devtools.mjs': 'node_modules/preact/devtools/dist/devtools.mjs',
  };
  await page.route('**/hostile/vendor/*.mjs', (route) => {
    const file = files[new URL(route.request().url()).pathname.split('/').pop()!];
    return file
      ? route.fulfill({ path: file, contentType: 'text/javascript' })
      : route.fulfill({ status: 404 });
  });
}

test.describe('framework pages', () => {
  test('Preact hydrates server-rendered HTML after the scan: no mismatch, the app works, marks stay', async ({
    context,
  }) => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await routePreact(page);
    await page.goto('/hostile/hydrate.html');
    await page.waitForFunction(() => (window as { hydrateReady?: boolean }).hydrateReady);
    expect((await waitForReady(page)).mentions).toBe(1);
    expect(await markedTexts(page)).toEqual(['Remain in Mexico']);

    // Hydration after our scan keeps every server-rendered node: nothing in the DOM changed.
    const replaced = await page.evaluate(() =>
      (window as unknown as { hydrateNow(): number }).hydrateNow(),
    );
    expect(replaced).toBe(0);
    expect(await markedTexts(page)).toEqual(['Remain in Mexico']);

    // The hydrated app works, and what it renders later is scanned.
    await page.locator('#like').click();
    await expect(page.locator('#like')).toHaveText('Liked 1 times');
    await expect(page.locator('#p2')).toBeVisible();
    await expect
      .poll(() => markedTexts(page))
      .toEqual(['Remain in Mexico', 'Migrant Protection Protocols']);
    expect(problems).toEqual([]);
  });

  test('control: the same check catches a DOM change made before hydration', async ({
    context,
  }) => {
    // What a highlighter that wraps mentions in elements would do: Preact must notice.
    const page = await context.newPage();
    const problems = watchProblems(page);
    await routePreact(page);
    await page.goto('/hostile/hydrate.html');
    await page.waitForFunction(() => (window as { hydrateReady?: boolean }).hydrateReady);
    await page.evaluate(() => {
      const em = document.querySelector('#p1 em')!;
      const mark = document.createElement('mark');
      mark.append(...em.childNodes);
      em.replaceWith(mark);
    });
    const replaced = await page.evaluate(() =>
      (window as unknown as { hydrateNow(): number }).hydrateNow(),
    );
    expect(replaced + problems.length).toBeGreaterThan(0);
  });
});

test.describe('editors', () => {
  test('textarea, input and a rich-text editor: no marks inside; typing, caret and undo work', async ({
    context,
  }) => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto('/hostile/editors.html');
    expect((await waitForReady(page)).mentions).toBe(1);
    // Only the prose paragraph is marked: no range starts or ends in an editable area.
    expect(await markedTexts(page)).toEqual(['Remain in Mexico']);
    const insideEditable = () =>
      page.evaluate(
        () =>
          [...(CSS.highlights.get('factmark') ?? [])].filter((range) => {
            const node = (range as Range).startContainer;
            const element = node instanceof Element ? node : node.parentElement;
            return Boolean(element?.closest('[contenteditable], textarea, input'));
          }).length,
      );
    expect(await insideEditable()).toBe(0);

    // Typing at the end of the editor's last paragraph: text and caret are where the reader left them.
    const last = page.locator('#editor-last');
    await last.click();
    await page.keyboard.press('End');
    const typed = ' about the Remain in Mexico policy';
    await page.keyboard.type(typed);
    await expect(last).toHaveText(`Notes${typed}`);
    const caret = () =>
      page.evaluate(() => {
        const selection = getSelection()!;
        return {
          inLast: selection.focusNode?.parentElement?.id === 'editor-last',
          offset: selection.focusOffset,
          collapsed: selection.isCollapsed,
        };
      });
    expect(await caret()).toEqual({
      inLast: true,
      offset: `Notes${typed}`.length,
      collapsed: true,
    });
    // Our rescan of the change (a mutation batch) marks nothing in the editor and moves no caret.
    await page.waitForTimeout(600);
    expect(await insideEditable()).toBe(0);
    expect(await caret()).toEqual({
      inLast: true,
      offset: `Notes${typed}`.length,
      collapsed: true,
    });
    await page.keyboard.type('!');
    await expect(last).toHaveText(`Notes${typed}!`);

    // Undo history is intact: undo removes what was typed, in order.
    for (let i = 0; i < 5 && (await last.textContent()) !== 'Notes'; i++) {
      await page.keyboard.press('Control+z');
    }
    await expect(last).toHaveText('Notes');
    await page.keyboard.press('Control+Shift+z');
    await expect(last).not.toHaveText('Notes');

    // The textarea and input keep their values and accept typing.
    await page.locator('#textarea').press('Control+End');
    await page.keyboard.type(' Updated.');
    await expect(page.locator('#textarea')).toHaveValue(
      'Draft: the Remain in Mexico policy returned in 2025. Updated.',
    );
    await page.keyboard.press('Control+z');
    await expect(page.locator('#textarea')).toHaveValue(
      'Draft: the Remain in Mexico policy returned in 2025.',
    );
    await page.locator('#input').fill('Remain in Mexico');
    await expect(page.locator('#input')).toHaveValue('Remain in Mexico');
    await page.waitForTimeout(600);
    expect(await markedTexts(page)).toEqual(['Remain in Mexico']);
    expect(await insideEditable()).toBe(0);
    expect(problems).toEqual([]);
  });
});

test.describe('shadow roots and frames', () => {
  test('scans the light DOM of the top document only: not shadow roots, not iframes (docs/scanning.md)', async ({
    context,
  }) => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto('/hostile/frames.html');
    const frame = page.frameLocator('#same-origin');
    await expect(frame.locator('#framed')).toBeVisible();
    expect((await waitForReady(page)).mentions).toBe(1);
    expect(await markedTexts(page)).toEqual(['Remain in Mexico']);
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('factmark') ?? [])].map(
        (range) => (range as Range).startContainer.parentElement?.id,
      ),
    );
    expect(marked).toEqual(['light']);
    // The open shadow root's text is there for a scanner that wanted it; ours does not read it.
    expect(await page.locator('#open-host p').textContent()).toContain(
      'Migrant Protection Protocols',
    );
    // The content script is not injected into frames (no all_frames in the manifest): no ready
    // mark and no highlight inside the same-origin iframe.
    const child = page.frame({ url: /frame-child\.html$/ })!;
    expect(
      await child.evaluate(() => ({
        ready: performance.getEntriesByName('factmark:ready').length,
        highlight: CSS.highlights.has('factmark'),
      })),
    ).toEqual({ ready: 0, highlight: false });
    expect(problems).toEqual([]);
  });
});

test.describe('invalid settings', () => {
  test('garbage of the wrong type in every synced setting: defaults apply, marks and popover work', async ({
    context,
  }) => {
    const setup = await context.newPage();
    await setup.goto('/index.html');
    await setSyncSettings(setup, {
      enabled: 'yes',
      siteRules: 'x',
      names: [1, 2, 3],
      acronymStrictness: { strict: true },
      markStyle: 42,
      trigger: 'hover',
      announce: 'loud',
      citationFormat: null,
      language: 7,
      theme: ['dark'],
    });
    await setup.close();
    const page = await context.newPage();
    const problems = watchProblems(page);
    // Invalid values are reported once each, as warnings naming the key (null counts as unset).
    const invalid = (line: string) =>
      /^console\.warning: \[factmark\] Stored value of "sync:(\w+)" is not valid \(.*\); using the default\.$/s.exec(
        line,
      )?.[1];
    await page.goto('/strict.csp.html');
    expect((await waitForReady(page)).mentions).toBe(1);
    expect(await markedTexts(page)).toEqual(['Remain in Mexico']);
    // The default mark style (dotted underline) draws the marks.
    expect(
      await page.evaluate(() => CSS.highlights.get('factmark-style-underline-dotted')?.size),
    ).toBe(1);
    const { x, y } = await mentionPoint(page, 0);
    await page.mouse.click(x, y);
    await expect(popover(page)).toBeVisible();
    expect(await popover(page).getByTestId('fact').count()).toBeGreaterThan(0);
    expect(problems.map(invalid).sort()).toEqual(
      [
        'enabled',
        'siteRules',
        'names',
        'acronymStrictness',
        'markStyle',
        'trigger',
        'announce',
        'language',
        'theme',
      ].sort(),
    );
  });
});

test.describe('box-less elements', () => {
  // BUG (lib/dom/skip.ts, isHiddenOrEditable): checkVisibility() is false for an element with
  // `display: contents` (it has no box), so visible text whose parent is such a wrapper is treated
  // as hidden and never marked. Fix: before checkVisibility, climb past `display: contents`
  // ancestors (`while (el && getComputedStyle(el).display === 'contents') el = el.parentElement`)
  // and ask the first element that has a box. Found by the 10,000-levels test.
  test('text directly inside a display: contents wrapper is marked', async ({ context }) => {
    const page = await context.newPage();
    await page.route('**/hostile/contents.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>contents</title><link rel="icon" href="data:,"></head><body><div style="display: contents">${MENTION}</div></body></html>`,
      }),
    );
    await page.goto('/hostile/contents.html');
    expect((await waitForReady(page)).mentions).toBe(1);
    expect(await markedTexts(page)).toEqual(['Remain in Mexico']);
  });
});
