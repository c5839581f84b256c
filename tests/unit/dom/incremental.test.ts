// @vitest-environment jsdom
/**
 * Incremental rescans must end where a full scan of the same page ends. Random pages built from
 * names, look-alikes, cues and noise (with inline elements, <br>s, soft hyphens and indented
 * source) are changed at random the ways live pages change them (posts added and removed, text
 * edited, split, wrapped or appended, blocks moved, markup that hides or disables a subtree
 * toggled, the whole view swapped). After each batch of changes the scanner re-reads what a
 * MutationObserver reported (as `watchMutations` does), and its mentions must equal those of a
 * fresh scanner's full pass: same words, names, reasons and range ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../../lib/dom/scanner';
import { createMatcher } from '../../../lib/matching';
import { detectorData } from '../matching/helpers';

const immediate = { yieldToMain: () => Promise.resolve() };
const matcher = createMatcher(detectorData);

const WORDS = [
  'Remain in Mexico',
  'remain in Mexico',
  'Migrant Protection Protocols',
  'Quédate en México',
  'MPP',
  'MPPs',
  'MPP 2.0',
  'asylum seekers',
  'Tijuana',
  'immigration court',
  'Queen’s Park',
  'the',
  'program',
  'forced to',
  'Mex\u00adico',
  'policy',
  'said',
  '“',
  '”',
  ',',
  '.',
  '\n      ',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 })
  .map((words) => words.join(' '));

type Op =
  | { kind: 'add'; parent: number; text: string; inline: boolean }
  | { kind: 'remove'; target: number }
  | { kind: 'edit'; target: number; text: string }
  | { kind: 'split'; target: number; at: number }
  | { kind: 'br'; target: number }
  | { kind: 'hide'; target: number }
  | { kind: 'attribute'; target: number; name: 'aria-hidden' | 'contenteditable' | 'inert' }
  | { kind: 'wrap'; target: number }
  | { kind: 'move'; target: number; parent: number }
  | { kind: 'text'; parent: number; text: string }
  | { kind: 'navigate'; texts: string[] };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    parent: fc.nat(),
    text: sentence,
    inline: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('remove' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('edit' as const), target: fc.nat(), text: sentence }),
  fc.record({ kind: fc.constant('split' as const), target: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('br' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('hide' as const), target: fc.nat() }),
  fc.record({
    kind: fc.constant('attribute' as const),
    target: fc.nat(),
    name: fc.constantFrom('aria-hidden' as const, 'contenteditable' as const, 'inert' as const),
  }),
  fc.record({ kind: fc.constant('wrap' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), target: fc.nat(), parent: fc.nat() }),
  fc.record({ kind: fc.constant('text' as const), parent: fc.nat(), text: sentence }),
  fc.record({
    kind: fc.constant('navigate' as const),
    texts: fc.array(sentence, { minLength: 1, maxLength: 3 }),
  }),
);

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined;

function apply(change: Op): void {
  const body = document.body;
  const elements = [...body.querySelectorAll('main, section, div, p, em')];
  const texts: Text[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  switch (change.kind) {
    case 'add': {
      const parent = pick(elements, change.parent) ?? body;
      const element = document.createElement(change.inline ? 'em' : 'p');
      element.textContent = change.text;
      parent.append(element);
      break;
    }
    case 'remove':
      pick(elements, change.target)?.remove();
      break;
    case 'edit': {
      const text = pick(texts, change.target);
      if (text) text.data = change.text;
      break;
    }
    case 'split': {
      // At a space, as a framework splits text around an interpolation. (Inside a word, the word
      // would be in no text node whole: a full scan's prefilter cannot see it, see `Matcher`.)
      const text = pick(texts, change.target);
      const spaces = [...(text?.data ?? '').matchAll(/ /g)].map((m) => m.index);
      const at = pick(spaces, change.at);
      if (text && at !== undefined) text.splitText(at);
      break;
    }
    case 'br':
      pick(elements, change.target)?.append(document.createElement('br'));
      break;
    case 'hide': {
      const element = pick(elements, change.target) as HTMLElement | undefined;
      if (element) element.hidden = !element.hidden;
      break;
    }
    case 'attribute': {
      const element = pick(elements, change.target);
      if (!element) break;
      if (element.hasAttribute(change.name)) element.removeAttribute(change.name);
      else element.setAttribute(change.name, change.name === 'aria-hidden' ? 'true' : '');
      break;
    }
    case 'wrap': {
      // Text wrapped in an inline element, as an editor or a highlighter does.
      const text = pick(texts, change.target);
      if (!text?.parentNode) break;
      const em = document.createElement('em');
      text.parentNode.replaceChild(em, text);
      em.append(text);
      break;
    }
    case 'move': {
      const element = pick(elements, change.target);
      const parent = pick(elements, change.parent) ?? body;
      if (element && !element.contains(parent)) parent.append(element);
      break;
    }
    case 'text':
      (pick(elements, change.parent) ?? body).append(document.createTextNode(` ${change.text}`));
      break;
    case 'navigate': {
      // A single-page app swapping its whole view.
      const main = document.createElement('main');
      for (const text of change.texts) {
        const p = document.createElement('p');
        p.textContent = text;
        main.append(p);
      }
      body.replaceChildren(main);
      break;
    }
  }
}

/** The nodes a batch of records asks to re-read, as `watchMutations` collects them. */
function reported(records: MutationRecord[]): Node[] {
  const nodes = new Set<Node>();
  for (const record of records) {
    nodes.add(record.target);
    record.addedNodes.forEach((node) => nodes.add(node));
  }
  return [...nodes];
}

function summary(scanner: Scanner) {
  return scanner.mentions.map((m) => ({
    text: m.text,
    name: m.nameId,
    reason: m.reason,
    start: [m.range.startContainer, m.range.startOffset],
    end: [m.range.endContainer, m.range.endOffset],
  }));
}

describe('incremental rescans', () => {
  it('end where a full scan of the changed page ends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sentence, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        async (paragraphs, batches) => {
          const main = document.createElement('main');
          for (const text of paragraphs) {
            const p = document.createElement('p');
            p.textContent = text;
            main.append(p);
          }
          document.body.replaceChildren(main);
          const options = { root: document.body, matcher, page: {}, slicer: immediate };
          const scanner = new Scanner(options);
          await scanner.scanAll();
          const observer = new MutationObserver(() => {});
          observer.observe(document.body, {
            childList: true,
            subtree: true,
            characterData: true,
            // As watchMutations observes (REVEALING_ATTRIBUTES).
            attributeFilter: ['hidden', 'open', 'inert', 'aria-hidden', 'contenteditable'],
          });
          try {
            for (const batch of batches) {
              for (const change of batch) apply(change);
              await scanner.rescan(reported(observer.takeRecords()));
              const fresh = new Scanner(options);
              await fresh.scanAll();
              expect(summary(scanner)).toEqual(summary(fresh));
            }
          } finally {
            observer.disconnect();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
