import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { citeFact, citeFacts } from '../../lib/citation';
import type { Fact, FactPack } from '../../lib/facts/types';
import { expect, test, waitForReady } from './fixtures';
import {
  markedTexts,
  mentionPoint,
  routeCorpusWithParagraphs,
  sendCommand,
  setSyncSettings,
} from './support/mentions';

const pack = JSON.parse(fs.readFileSync('lib/facts/remain-in-mexico.json', 'utf8')) as FactPack;

// Two sentences about different sides of the policy: the facts ranked first must differ.
const COURT_SENTENCE =
  'Under the Remain in Mexico policy, most asylum seekers had no lawyer, and many who missed their immigration court hearings were ordered deported in absentia.';
const VIOLENCE_SENTENCE =
  'Advocates say people sent back under the Migrant Protection Protocols were kidnapped, raped and assaulted while they waited in Mexican border towns.';

async function openCorpusPage(page: Page) {
  const url = await routeCorpusWithParagraphs(page, 'wapo-1.html', [
    COURT_SENTENCE,
    VIOLENCE_SENTENCE,
  ]);
  await page.goto(url);
  const ready = await waitForReady(page);
  expect(ready.mentions).toBe(2);
  // Screen readers hear once per page how many mentions have context, never once per mark.
  await expect(page.getByTestId('factmark-live')).toHaveText('Context available: 2 mentions');
  return page;
}

const popover = (page: Page) => page.getByTestId('factmark-popover');

/** The ids of the key facts (top level, not the conflicting figures listed under them). */
async function keyFactIds(page: Page): Promise<string[]> {
  return popover(page)
    .locator('section > ul > [data-testid="fact"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-fact-id') ?? ''));
}

test.describe('popover', () => {
  test('hover opens it after a pause, with ranked key facts and sources; moving away closes it', async ({
    context,
  }) => {
    const page = await openCorpusPage(await context.newPage());
    const court = await mentionPoint(page, 0);
    expect(court.text).toBe('Remain in Mexico');
    await page.mouse.move(court.x, court.y);
    // Not at once: hover has intent (300 ms by default).
    await page.waitForTimeout(120);
    await expect(popover(page)).toHaveCount(0);
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toHaveAttribute('role', 'dialog');
    await expect(popover(page).getByTestId('popover-status')).toContainText('reinstated');
    await expect(popover(page).getByTestId('popover-status')).toContainText('2025');

    const courtFacts = await keyFactIds(page);
    expect(courtFacts.length).toBeGreaterThanOrEqual(3);
    expect(courtFacts.length).toBeLessThanOrEqual(5);
    // The sentence is about lawyers and in-absentia orders: due-process facts lead.
    const first = pack.facts.find((fact) => fact.id === courtFacts[0]);
    expect(first?.category).toBe('due-process');

    // Every source link is https, opens in a new tab and cannot reach back to the page.
    const links = popover(page).getByTestId('source-link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noopener');
    }
    // The in-absentia figures disagree between sources: both are shown, each with its source.
    await expect(popover(page).locator('[data-fact-id="in-absentia-trac-2021"]')).toHaveCount(1);

    // Moving onto the popover keeps it open.
    const box = (await popover(page).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    await page.waitForTimeout(600);
    await expect(popover(page)).toBeVisible();

    // Away from both: it closes.
    await page.mouse.move(5, 5, { steps: 4 });
    await expect(popover(page)).toHaveCount(0);

    // The other sentence ranks other facts first.
    const violence = await mentionPoint(page, 1);
    await page.mouse.move(violence.x, violence.y);
    await expect(popover(page)).toBeVisible();
    const violenceFacts = await keyFactIds(page);
    expect(pack.facts.find((fact) => fact.id === violenceFacts[0])?.category).toBe('violence');
    expect(violenceFacts[0]).not.toBe(courtFacts[0]);
  });

  test('a click opens it with focus inside; Tab stays inside; Esc closes and returns focus', async ({
    context,
  }) => {
    const page = await openCorpusPage(await context.newPage());
    const { x, y } = await mentionPoint(page, 0);
    await page.mouse.click(x, y);
    await expect(popover(page)).toBeVisible();
    const activeInside = () =>
      page.evaluate(() => document.activeElement?.tagName === 'FACTMARK-UI');
    expect(await activeInside()).toBe(true);
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    expect(await activeInside()).toBe(true);
    await page.keyboard.press('Escape');
    await expect(popover(page)).toHaveCount(0);
    expect(await activeInside()).toBe(false);
    // Closing clears the active mark; the mentions stay marked.
    expect(await page.evaluate(() => CSS.highlights.get('factmark-active')?.size ?? 0)).toBe(0);
    expect(await markedTexts(page)).toHaveLength(2);
  });

  test('the keyboard command opens the first mention in view, then the next; Esc returns focus', async ({
    context,
  }) => {
    const page = await openCorpusPage(await context.newPage());
    await mentionPoint(page, 0);
    // A focusable page element the reader was on.
    const link = page.locator('a[href]').first();
    await link.focus();
    const focusedHref = await page.evaluate(
      () => (document.activeElement as HTMLAnchorElement).href,
    );
    await sendCommand(page);
    await expect(popover(page)).toBeVisible();
    const activeText = () =>
      page.evaluate(() => [...(CSS.highlights.get('factmark-active') ?? [])][0]?.toString());
    expect(await activeText()).toBe('Remain in Mexico');
    await sendCommand(page);
    await expect.poll(activeText).toBe('Migrant Protection Protocols');
    await page.keyboard.press('Escape');
    await expect(popover(page)).toHaveCount(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(
      focusedHref,
    );
  });

  test('Copy puts the fact with its citation on the clipboard in each format; Copy key facts too', async ({
    context,
  }) => {
    const page = await openCorpusPage(await context.newPage());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    for (const format of ['plain', 'markdown', 'apa', 'mla', 'chicago'] as const) {
      await setSyncSettings(page, { citationFormat: format });
      const { x, y } = await mentionPoint(page, 0);
      await page.mouse.click(x, y);
      await expect(popover(page)).toBeVisible();
      const item = popover(page).getByTestId('fact').first();
      const factId = (await item.getAttribute('data-fact-id'))!;
      const fact = pack.facts.find((f) => f.id === factId) as Fact;
      await item.getByTestId('copy').first().click();
      await expect(popover(page).getByTestId('copy-status')).toContainText('Copied');
      const expected = citeFact(pack, fact, format, 'en');
      const copied = await page.evaluate(async () => {
        const [clip] = await navigator.clipboard.read();
        const text = await (await clip!.getType('text/plain')).text();
        const html = await (await clip!.getType('text/html')).text();
        return { text, html };
      });
      expect(copied.text, format).toBe(expected.text);
      expect(copied.html, format).toBe(expected.html);
      // The HTML keeps the links to the sources.
      expect(copied.html).toMatch(/<a href="https:\/\//);
      await page.keyboard.press('Escape');
      await expect(popover(page)).toHaveCount(0);
    }

    // "Copy key facts": every fact shown, numbered sources (Chicago, the last format set).
    const { x, y } = await mentionPoint(page, 0);
    await page.mouse.click(x, y);
    const ids = await popover(page)
      .getByTestId('fact')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-fact-id') ?? ''));
    await popover(page).getByTestId('copy-key-facts').click();
    await expect(popover(page).getByTestId('copy-status')).toContainText('Copied');
    const facts = ids.map((id) => pack.facts.find((f) => f.id === id) as Fact);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(citeFacts(pack, facts, 'chicago', 'en').text);
  });

  test('More shows every category, the timeline, court cases and what MPP is not', async ({
    context,
  }) => {
    const page = await openCorpusPage(await context.newPage());
    const { x, y } = await mentionPoint(page, 0);
    await page.mouse.click(x, y);
    const toggle = popover(page).getByTestId('popover-more-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const more = popover(page).getByTestId('popover-more');
    await expect(more.getByTestId('fact')).toHaveCount(pack.facts.length);
    await expect(more.locator('.fm-timeline > li')).toHaveCount(pack.timeline.length);
    await expect(more).toContainText(pack.cases[0]!.name);
    await expect(more).toContainText(pack.confusables[0]!.name.en);
  });

  test('it follows its mention when the page scrolls and closes when the mention is gone', async ({
    context,
  }) => {
    const page = await openCorpusPage(await context.newPage());
    const { x, y } = await mentionPoint(page, 0);
    await page.mouse.click(x, y);
    await expect(popover(page).getByTestId('fact').first()).toBeVisible();
    const before = (await popover(page).boundingBox())!;
    await page.evaluate(() => window.scrollBy(0, 60));
    await expect
      .poll(async () => Math.round((await popover(page).boundingBox())!.y))
      .toBe(Math.round(before.y - 60));
    // The publisher's live update removes the paragraph: the popover goes with it.
    await page.evaluate(() => document.getElementById('factmark-test-0')?.remove());
    await expect(popover(page)).toHaveCount(0);
    await expect.poll(() => markedTexts(page)).toEqual(['Migrant Protection Protocols']);
  });

  test('"Not about this policy" hides the name on this site and remembers it', async ({
    context,
  }) => {
    const page = await openCorpusPage(await context.newPage());
    const { x, y } = await mentionPoint(page, 1);
    await page.mouse.click(x, y);
    await popover(page).getByTestId('not-this').click();
    await expect(popover(page)).toHaveCount(0);
    await expect.poll(() => markedTexts(page)).toEqual(['Remain in Mexico']);
    await page.reload();
    await waitForReady(page);
    expect(await markedTexts(page)).toEqual(['Remain in Mexico']);
  });

  test('Spanish text gets a Spanish popover; the article date gives the status then', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.route('**/es-article.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="es"><head><title>Frontera</title>
          <meta property="article:published_time" content="2021-03-15T10:00:00Z"></head>
          <body><article><p>Miles de solicitantes de asilo esperaron en Tijuana bajo el programa
          Quédate en México mientras sus casos avanzaban en las cortes de inmigración.</p></article></body></html>`,
      }),
    );
    await page.goto('/es-article.html');
    expect((await waitForReady(page)).mentions).toBe(1);
    await expect(page.getByTestId('factmark-live')).toHaveText('Contexto disponible: 1 mención');
    const { x, y } = await mentionPoint(page, 0);
    await page.mouse.click(x, y);
    await expect(popover(page)).toHaveAttribute('lang', 'es');
    await expect(popover(page).getByTestId('popover-status')).toContainText('restablecida');
    // On March 15, 2021 the policy had been suspended (January 20, 2021).
    await expect(popover(page).getByTestId('popover-then')).toContainText('15 de marzo de 2021');
    await expect(popover(page).getByTestId('popover-then')).toContainText('suspendida');
  });

  test('hostile page CSS does not reach the popover, and links on marks still navigate', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.route('**/hostile.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>Hostile</title><style>
          * { font-size: 40px !important; color: red !important; background: lime !important;
              line-height: 3 !important; font-family: cursive !important; }
          factmark-ui, factmark-ui * { display: none !important; opacity: 0 !important; }
          div, p { position: relative; z-index: 2147483647; }
          html { font-size: 30px; }
        </style></head><body><p>The Remain in Mexico policy returned asylum seekers to Mexico.</p>
        <p><a id="link" href="/index.html">Read about the Migrant Protection Protocols here</a></p>
        </body></html>`,
      }),
    );
    await page.goto('/hostile.html');
    await waitForReady(page);
    const { x, y } = await mentionPoint(page, 0);
    await page.mouse.click(x, y);
    await expect(popover(page)).toBeVisible();
    const style = await popover(page).evaluate((element) => {
      const css = getComputedStyle(element);
      return { fontSize: css.fontSize, color: css.color, family: css.fontFamily };
    });
    expect(style.fontSize).toBe('14px');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.family).not.toContain('cursive');
    // The popover is on top: the element at its centre is our host.
    const box = (await popover(page).boundingBox())!;
    const topmost = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px!, py!)?.tagName,
      [box.x + box.width / 2, box.y + 30],
    );
    expect(topmost).toBe('FACTMARK-UI');
    await page.keyboard.press('Escape');

    // A marked mention inside a link: the click navigates as usual.
    const link = await mentionPoint(page, 1);
    await Promise.all([page.waitForURL('**/index.html'), page.mouse.click(link.x, link.y)]);
  });
});

test('works on a page with a strict CSP and Trusted Types, with no violation', async ({
  context,
}) => {
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective}`);
    });
  });
  await page.goto('/strict.csp.html');
  expect((await waitForReady(page)).mentions).toBe(1);
  const { x, y } = await mentionPoint(page, 0);
  await page.mouse.click(x, y);
  await expect(popover(page)).toBeVisible();
  await expect(popover(page).getByTestId('fact').first()).toBeVisible();
  expect(violations).toEqual([]);
});
