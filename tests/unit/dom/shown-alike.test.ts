// @vitest-environment jsdom
/**
 * Text that shows the same must be marked the same. Every labelled case of the matcher's table
 * that is one paragraph is scanned with the real matcher as written and as a page may have it:
 * - indented HTML: source lines wrapped and indented;
 * - soft hyphens (`&shy;`) inside words, which publishers add so narrow columns can hyphenate;
 * - inline elements (links, emphasis, spans) around runs of its words.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Scanner } from '../../../lib/dom/scanner';
import { createMatcher } from '../../../lib/matching';
import { asShown } from '../../../lib/matching/invisible';
import { themes } from '../matching/cases';
import { detectorData } from '../matching/helpers';

const immediate = { yieldToMain: () => Promise.resolve() };

/** `text` as indented HTML source has it: lines wrapped at `width` columns, each indented. */
function indented(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n          ');
}

async function scan(text: string | ((p: HTMLElement) => void), lang?: string) {
  const p = document.createElement('p');
  if (lang) p.lang = lang;
  if (typeof text === 'string') p.textContent = text;
  else text(p);
  document.body.replaceChildren(p);
  const scanner = new Scanner({
    root: document.body,
    matcher: createMatcher(detectorData),
    page: {},
    slicer: immediate,
  });
  await scanner.scanAll();
  // The range covers the mention in the page; its text is the mention's words as shown.
  for (const m of scanner.mentions) expect(asShown(m.range.toString())).toBe(m.text);
  return scanner.mentions.map((m) => ({
    text: m.text,
    name: m.nameId,
    reason: m.reason,
    // The snippet the popup lists and the popover ranks facts with.
    sentence: m.sentence,
  }));
}

const single = themes.flatMap(({ theme, cases }) =>
  cases
    .filter((c) => c.blocks.length === 1 && !c.page && !c.options)
    .map((c) => ({ theme, label: c.label, block: c.blocks[0]! })),
);

beforeEach(() => document.body.replaceChildren());

describe('a paragraph written as indented HTML', () => {
  it('is tried on most of the case table', () => {
    expect(single.length).toBeGreaterThan(150);
  });

  it.each(single)('$theme: $label', async ({ block }) => {
    const { text, lang } = typeof block === 'string' ? { text: block, lang: undefined } : block;
    const oneLine = await scan(text, lang);
    for (const width of [20, 40, 70]) {
      expect(await scan(indented(text, width), lang)).toEqual(oneLine);
    }
  });
});

/** `text` with a soft hyphen after the second letter of every word of four letters or more. */
const softHyphenated = (text: string): string =>
  text.replace(/(?<![\p{L}\p{M}])(\p{L}\p{M}*\p{L}\p{M}*)(?=\p{L}{2})/gu, '$1\u00ad');

describe('a paragraph with soft hyphens inside its words', () => {
  it.each(single)('$theme: $label', async ({ block }) => {
    const { text, lang } = typeof block === 'string' ? { text: block, lang: undefined } : block;
    expect(await scan(softHyphenated(text), lang)).toEqual(await scan(text, lang));
  });
});

/**
 * Fills a paragraph with `text`, putting runs of `run` words in inline elements (a link, emphasis,
 * a span, in turn), starting at word `offset`: "The <a>Remain in</a> <em>Mexico program</em>…".
 */
function withInlineElements(text: string, offset: number, run: number) {
  return (p: HTMLElement) => {
    const words = text.split(' ');
    const tags = ['a', 'em', 'span'];
    let i = 0;
    let n = 0;
    while (i < words.length) {
      if (i > 0) p.append(' ');
      if (i < offset) {
        p.append(words[i++]!);
        continue;
      }
      const element = document.createElement(tags[n++ % tags.length]!);
      if (element instanceof HTMLAnchorElement) element.href = '#';
      element.textContent = words.slice(i, i + run).join(' ');
      p.append(element);
      i += run;
    }
  };
}

describe('a paragraph with inline elements around runs of its words', () => {
  it.each(single)('$theme: $label', async ({ block }) => {
    const { text, lang } = typeof block === 'string' ? { text: block, lang: undefined } : block;
    const plain = await scan(text, lang);
    for (const [offset, run] of [
      [0, 1],
      [1, 2],
      [2, 3],
    ] as const) {
      expect(await scan(withInlineElements(text, offset, run), lang)).toEqual(plain);
    }
  });
});
