/**
 * A page that keeps changing, in real Chromium: after each burst of random changes (posts added
 * and removed, text edited, markup that hides text toggled, `<details>` opened and closed,
 * sections and paragraphs collapsed and expanded by a class or a style; every other burst ends
 * with a marked paragraph or section collapsed on its own, as a tab switch does) and the rescans
 * they trigger, the marks must be exactly those a full rescan of the page then draws. This runs
 * the whole path the unit property cannot: the mutation watcher and its batching, the visibility
 * checks, the class/style and box watches, the highlights. (Inline elements are never collapsed
 * here: docs/scanning.md says why a mark hidden that way is not followed.)
 */
import type { Page } from '@playwright/test';
import { overflowMutations } from '../../scripts/lib/page-actions.mjs';
import { expect, test, waitForReady } from './fixtures';

/** Each highlight range as its text and where it starts, in document order. */
function marks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const path = (node: Node): string => {
      const steps: number[] = [];
      for (let n: Node | null = node; n && n !== document.body; n = n.parentNode) {
        steps.push(n.parentNode ? [...n.parentNode.childNodes].indexOf(n as ChildNode) : -1);
      }
      return steps.reverse().join('.');
    };
    return [...(CSS.highlights.get('factmark') ?? [])]
      .map((range) => range as Range)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((r) => `${r.toString()} @${path(r.startContainer)}:${r.startOffset}`);
  });
}

/** Waits until no scan has been recorded for `quietMs` (the watcher batches for 120 ms). */
async function settle(page: Page, quietMs = 300): Promise<void> {
  let count = -1;
  for (;;) {
    const now = await page.evaluate(() => performance.getEntriesByName('factmark:scan').length);
    if (now === count) return;
    count = now;
    await page.waitForTimeout(quietMs);
  }
}

/** Makes the content script scan the whole page again (more changes at once than it follows one by one). */
async function fullRescan(page: Page): Promise<void> {
  const before = await page.evaluate(() => performance.getEntriesByName('factmark:scan').length);
  await page.evaluate(overflowMutations);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('factmark:scan').length > n,
    before,
  );
  await settle(page);
}

/** One burst of `count` random changes, from a seeded generator (so a failure can be replayed). */
function burst(page: Page, seed: number, count: number): Promise<void> {
  return page.evaluate(
    ([seed, count]) => {
      let state = seed >>> 0;
      const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const pick = <T>(list: ArrayLike<T>): T | undefined =>
        list.length ? list[Math.floor(random() * list.length)] : undefined;
      const WORDS = [
        'Remain in Mexico',
        'remain in Mexico',
        'the Migrant Protection Protocols',
        'Quédate en México',
        'MPP',
        'MPPs at Queen’s Park',
        'asylum seekers',
        'Tijuana',
        'program',
        'forced to',
        'Mex\u00adico',
        'said',
        '“Remain in Mexico”',
      ];
      const sentence = () =>
        Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(WORDS)).join(' ') + '.';
      const main = document.querySelector('main')!;
      // Three columns, so that a change and its rescan touch one part of the page, not all of it.
      while (main.children.length < 3) main.append(document.createElement('section'));
      const column = () => pick(main.querySelectorAll('section'))!;
      for (let i = 0; i < count; i++) {
        const elements = [...main.querySelectorAll('section, p, details, em')];
        const texts: Text[] = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
        const roll = random();
        if (roll < 0.25) {
          // A post, sometimes inside a collapsed section or a closed <details>.
          const p = document.createElement('p');
          p.textContent = sentence();
          const how = random();
          if (how < 0.2) {
            const section = document.createElement('section');
            section.className = 'collapsed';
            section.append(p);
            column().append(section);
          } else if (how < 0.35) {
            const details = document.createElement('details');
            details.append(
              Object.assign(document.createElement('summary'), { textContent: 'More' }),
              p,
            );
            column().append(details);
          } else column().append(p);
        } else if (roll < 0.33) {
          pick(elements)?.remove();
        } else if (roll < 0.45) {
          const text = pick(texts);
          if (text) text.data = sentence();
        } else if (roll < 0.52) {
          const element = pick(elements) as HTMLElement | undefined;
          if (element) element.hidden = !element.hidden;
        } else if (roll < 0.6) {
          const details = pick(main.querySelectorAll('details'));
          if (details) details.open = !details.open;
        } else if (roll < 0.68) {
          pick(main.querySelectorAll('.collapsed'))?.classList.remove('collapsed');
        } else if (roll < 0.82) {
          // A section or paragraph collapsed or expanded by CSS: a class, or a style set by a script.
          const block = pick(main.querySelectorAll<HTMLElement>('section, p, details'));
          if (random() < 0.5) block?.classList.toggle('collapsed');
          else if (block) block.style.display = block.style.display ? '' : 'none';
        } else if (roll < 0.9) {
          const element = pick(elements);
          if (element?.hasAttribute('aria-hidden')) element.removeAttribute('aria-hidden');
          else element?.setAttribute('aria-hidden', 'true');
        } else {
          const p = pick(elements.filter((e) => e.tagName === 'P'));
          p?.append(Object.assign(document.createElement('em'), { textContent: ` ${sentence()}` }));
        }
      }
    },
    [seed, count] as const,
  );
}

test('a changing page is marked as a full rescan would mark it, after every burst of changes', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    await page.goto('/churn.html');
    await waitForReady(page);
    for (let round = 0; round < 4; round++) {
      await burst(page, seed * 100 + round, 6);
      await settle(page);
      if (round % 2) {
        // And then a marked paragraph or section collapsed on its own (a tab switched).
        await page.evaluate(
          (byClass) => {
            const [range] = CSS.highlights.get('factmark') ?? [];
            const block = (
              range as Range | undefined
            )?.startContainer.parentElement?.closest<HTMLElement>('p, section');
            if (byClass) block?.classList.add('collapsed');
            else if (block) block.style.display = 'none';
          },
          seed % 2 === 0,
        );
        await settle(page);
      }
      const followed = await marks(page);
      await fullRescan(page);
      expect(followed, `seed ${seed}, burst ${round}`).toEqual(await marks(page));
    }
  }
});
