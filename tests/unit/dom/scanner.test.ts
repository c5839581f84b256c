// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { Scanner } from '../../../lib/dom/scanner';
import { createMatcher, type Matcher } from '../../../lib/matching';
import { detectorData } from '../matching/helpers';
import { literalMatcher } from './literal-matcher';

const immediate = { yieldToMain: () => Promise.resolve() };

function scannerFor(html: string, matcher: Matcher = literalMatcher()) {
  document.body.innerHTML = html; // eslint-disable-line no-restricted-syntax -- test fixture
  return new Scanner({ root: document.body, matcher, page: {}, slicer: immediate });
}

function texts(scanner: Scanner) {
  return scanner.mentions.map((mention) => mention.range.toString());
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('Scanner.scanAll', () => {
  it('finds a mention split across inline elements, with a range covering exactly its text', async () => {
    const scanner = scannerFor('<p>The <a href="#">Remain in <em>Mexico</em></a> program.</p>');
    const stats = await scanner.scanAll();
    expect(texts(scanner)).toEqual(['Remain in Mexico']);
    const [mention] = scanner.mentions;
    expect(mention!.range.startContainer.textContent).toBe('Remain in ');
    expect(mention!.range.endContainer.textContent).toBe('Mexico');
    expect(mention!.sentence).toBe('The Remain in Mexico program.');
    expect(stats).toEqual({ textNodes: 4, mentions: 1 });
  });

  it('never joins text across block boundaries', async () => {
    const scanner = scannerFor('<p>They had to Remain in</p><p>Mexico City later.</p>');
    await scanner.scanAll();
    expect(texts(scanner)).toEqual([]);
  });

  it('reads a <br> as a line break inside its block', async () => {
    const matcher = literalMatcher(['Remain in\nMexico']);
    const scanner = scannerFor('<p>The Remain in<br>Mexico policy.</p>', matcher);
    await scanner.scanAll();
    expect(texts(scanner)).toEqual(['Remain inMexico']);
    // As shown in a one-line list: the line break as a space.
    expect(scanner.mentions[0]!.text).toBe('Remain in Mexico');
  });

  it.each([
    ['script', '<script>var s = "Remain in Mexico";</script>'],
    ['style', '<style>/* MPP */</style>'],
    ['noscript', '<noscript>Remain in Mexico</noscript>'],
    ['textarea', '<textarea>Remain in Mexico</textarea>'],
    ['select', '<select><option>MPP</option></select>'],
    ['code', '<p>Run <code>MPP</code> now</p>'],
    ['pre', '<pre>MPP = 1</pre>'],
    ['contenteditable', '<div contenteditable="true"><p>Remain in Mexico</p></div>'],
    ['contenteditable=plaintext-only', '<div contenteditable="plaintext-only">MPP</div>'],
    ['hidden', '<p hidden>Remain in Mexico</p>'],
    ['aria-hidden', '<div aria-hidden="true"><p>Remain in Mexico</p></div>'],
    ['inert', '<div inert><p>MPP</p></div>'],
    ['template', '<template><p>Remain in Mexico</p></template>'],
    ['our own host', '<factmark-ui>Remain in Mexico</factmark-ui>'],
    ['hidden inline part of a paragraph', '<p>Visible. <span hidden>Remain in Mexico</span></p>'],
  ])('skips text inside %s', async (_label, html) => {
    const scanner = scannerFor(html);
    await scanner.scanAll();
    expect(texts(scanner)).toEqual([]);
  });

  it('still scans contenteditable="false" islands outside editors and ordinary paragraphs', async () => {
    const scanner = scannerFor('<p contenteditable="false">MPP one</p><p>MPP two</p>');
    await scanner.scanAll();
    expect(texts(scanner)).toEqual(['MPP', 'MPP']);
  });

  it('lists mentions in document order across blocks', async () => {
    const scanner = scannerFor(
      '<div><p>First MPP.</p><ul><li>Then Remain in Mexico.</li></ul>Loose MPP text</div>',
    );
    await scanner.scanAll();
    expect(scanner.mentions.map((m) => m.sentence)).toEqual([
      'First MPP.',
      'Then Remain in Mexico.',
      'Loose MPP text',
    ]);
  });

  it('snippets run across source line breaks and inline elements, but stop at <br>', async () => {
    const scanner = scannerFor(
      '<p>It would restart MPP, the program better known as\n   <em>Remain in Mexico</em>. Next.</p>' +
        '<p>Headline<br>Remain in Mexico returns</p>',
    );
    await scanner.scanAll();
    expect(scanner.mentions.map((m) => m.sentence)).toEqual([
      'It would restart MPP, the program better known as Remain in Mexico.',
      'It would restart MPP, the program better known as Remain in Mexico.',
      'Remain in Mexico returns',
    ]);
  });

  it('only hands blocks with a prefilter hit to the matcher', async () => {
    const matcher = literalMatcher();
    const scanner = scannerFor('<p>Nothing here.</p><p>About MPP.</p><p>Other words.</p>', matcher);
    await scanner.scanAll();
    expect(matcher.calls.at(-1)!.map((block) => block.text)).toEqual(['About MPP.']);
  });

  it('runs the exact prefilter test only on readable text (not on hits in script or style)', async () => {
    const matcher = literalMatcher();
    const asked: string[] = [];
    const scanner = scannerFor(
      '<script>var geo = "Mexico";</script><style>/* MPP */</style><p>About MPP.</p>',
      { ...matcher, testPrefilter: (text) => (asked.push(text), matcher.testPrefilter(text)) },
    );
    await scanner.scanAll();
    expect(asked).toEqual(['About MPP.']);
    expect(texts(scanner)).toEqual(['MPP']);
  });

  it('forgets every mention when a pass meets no candidate block at all', async () => {
    const scanner = scannerFor('<main><p id="a">About MPP.</p></main>');
    await scanner.scanAll();
    const [before] = scanner.mentions;
    document.querySelector('#a')!.textContent = 'Nothing now.';
    expect(await scanner.scanAll()).toEqual({ textNodes: 1, mentions: 0 });
    expect(scanner.mentions).toEqual([]);
    // Ids are kept only across passes that keep the mention: the same words again are new.
    document.querySelector('#a')!.textContent = 'About MPP.';
    await scanner.scanAll();
    expect(texts(scanner)).toEqual(['MPP']);
    expect(scanner.mentions[0]!.id).not.toBe(before!.id);
  });

  it('passes the closest declared language with each block', async () => {
    const matcher = literalMatcher(['Quédate en México']);
    const scanner = scannerFor(
      '<div lang="es"><p>El programa Quédate en México.</p></div>',
      matcher,
    );
    await scanner.scanAll();
    expect(matcher.calls.at(-1)![0]!.lang).toBe('es');
  });

  it('finds a mention exactly once when it sits on the seam of two matching windows', async () => {
    const filler = 'x'.repeat(64 * 1024 - 5);
    const scanner = scannerFor(`<p>${filler} Remain in Mexico ${'y'.repeat(70_000)} MPP</p>`);
    await scanner.scanAll();
    expect(texts(scanner)).toEqual(['Remain in Mexico', 'MPP']);
    expect(scanner.mentions[0]!.range.startOffset).toBe(filler.length + 1);
  });

  it('stops with an AbortError when aborted while yielding', async () => {
    const controller = new AbortController();
    document.body.replaceChildren(
      ...Array.from({ length: 3000 }, (_, i) =>
        Object.assign(document.createElement('p'), { textContent: `p${i}` }),
      ),
    );
    let clock = 0;
    const scanner = new Scanner({
      root: document.body,
      matcher: literalMatcher(),
      page: {},
      slicer: {
        now: () => (clock += 10),
        yieldToMain: async () => controller.abort(),
      },
    });
    await expect(scanner.scanAll(controller.signal)).rejects.toThrow(/abort/i);
  });
});

describe('Scanner slicing after the matcher', () => {
  /** A scanner whose slice is always used up (the clock jumps 10 ms per reading). */
  function slicedScanner(matcher: ReturnType<typeof literalMatcher>, onYield: () => void) {
    let clock = 0;
    return new Scanner({
      root: document.body,
      matcher,
      page: {},
      slicer: {
        now: () => (clock += 10),
        yieldToMain: async () => onYield(),
      },
    });
  }

  function stories(count: number) {
    document.body.replaceChildren(
      ...Array.from({ length: count }, (_, i) =>
        Object.assign(document.createElement('p'), { textContent: `Story ${i}: MPP resumes.` }),
      ),
    );
  }

  it('yields between mentions while turning matches into ranges', async () => {
    stories(20);
    const matcher = literalMatcher();
    let after = 0;
    const scanner = slicedScanner(matcher, () => {
      if (matcher.calls.length > 0) after++;
    });
    await scanner.scanAll();
    expect(scanner.mentions).toHaveLength(20);
    expect(after).toBe(20);
  });

  it('drops the mentions of blocks the page removed while it yielded', async () => {
    stories(5);
    const [first, , , fourth] = [...document.body.children];
    const matcher = literalMatcher();
    let after = 0;
    const scanner = slicedScanner(matcher, () => {
      if (matcher.calls.length === 0) return;
      after++;
      // Before any range exists, and after the first block's range was made.
      if (after === 1) fourth!.remove();
      if (after === 3) first!.remove();
    });
    const stats = await scanner.scanAll();
    expect(scanner.mentions.map((mention) => mention.sentence)).toEqual([
      'Story 1: MPP resumes.',
      'Story 2: MPP resumes.',
      'Story 4: MPP resumes.',
    ]);
    expect(stats.mentions).toBe(3);
  });
});

describe('Scanner.rescan', () => {
  it('finds mentions in content added later', async () => {
    const scanner = scannerFor('<main><p>Intro.</p></main>');
    await scanner.scanAll();
    const added = Object.assign(document.createElement('p'), { textContent: 'Live: MPP resumes.' });
    document.querySelector('main')!.append(added);
    const stats = await scanner.rescan([added, added.parentNode!]);
    expect(texts(scanner)).toEqual(['MPP']);
    expect(stats.mentions).toBe(1);
  });

  it('drops a mention whose text was edited away and keeps the others with their ids', async () => {
    const scanner = scannerFor('<p id="a">First MPP.</p><p id="b">Second MPP.</p>');
    await scanner.scanAll();
    const [first, second] = scanner.mentions;
    const text = document.querySelector('#a')!.firstChild as Text;
    text.data = 'First policy.';
    await scanner.rescan([text]);
    expect(scanner.mentions.map((m) => m.id)).toEqual([second!.id]);
    expect(first!.id).not.toBe(second!.id);
  });

  it('drops mentions of removed blocks', async () => {
    const scanner = scannerFor('<main><p id="a">First MPP.</p><p>Second MPP.</p></main>');
    await scanner.scanAll();
    document.querySelector('#a')!.remove();
    await scanner.rescan([document.querySelector('main')!]);
    expect(scanner.mentions.map((m) => m.sentence)).toEqual(['Second MPP.']);
  });

  it('drops the mentions of blocks the page later hides by markup (a carousel’s aria-hidden slide)', async () => {
    const scanner = scannerFor('<div id="slide"><p>Slide: MPP resumes.</p></div><p>Also MPP.</p>');
    await scanner.scanAll();
    expect(texts(scanner)).toEqual(['MPP', 'MPP']);
    document.querySelector('#slide')!.setAttribute('aria-hidden', 'true');
    await scanner.rescan([document.querySelector('#slide')!]);
    expect(scanner.mentions.map((m) => m.sentence)).toEqual(['Also MPP.']);
  });

  it('re-reads a block whose own text lost an inline child', async () => {
    const scanner = scannerFor('<main>Intro. <em>Live: MPP resumes.</em></main>');
    await scanner.scanAll();
    expect(texts(scanner)).toEqual(['MPP']);
    const main = document.querySelector('main')!;
    main.querySelector('em')!.remove();
    await scanner.rescan([main]);
    expect(texts(scanner)).toEqual([]);
  });

  it('stops reading a block edited so that no text node of it passes the prefilter', async () => {
    const matcher = createMatcher(detectorData);
    const scanner = scannerFor(
      '<p>Remain in Mexico Remain in Mexico asylum seekers</p><p id="b">Remain in Mexico</p><p>MPP ,</p>',
      matcher,
    );
    await scanner.scanAll();
    const edited = document.querySelector('#b')!.firstChild as Text;
    edited.data = 'MPPs ”';
    await scanner.rescan([edited]);
    // As a fresh full pass over the edited page: "MPPs" (Ontario) is not read as the block's own
    // evidence, because a full pass never reads that block (the prefilter wants a whole "MPP").
    const fresh = new Scanner({ root: document.body, matcher, page: {}, slicer: immediate });
    await fresh.scanAll();
    const summary = (s: Scanner) => s.mentions.map((m) => [m.text, m.reason.kind]);
    expect(summary(scanner)).toEqual(summary(fresh));
    expect(summary(scanner)).toContainEqual(['MPP', 'context']);
  });

  it('re-reads a block when text is added next to an existing mention', async () => {
    const scanner = scannerFor('<p id="a">MPP began.</p>');
    await scanner.scanAll();
    const extra = document.createTextNode(' Remain in Mexico followed.');
    document.querySelector('#a')!.append(extra);
    await scanner.rescan([extra]);
    expect(texts(scanner)).toEqual(['MPP', 'Remain in Mexico']);
  });
});
