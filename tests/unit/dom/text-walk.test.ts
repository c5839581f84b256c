// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Slicer } from '../../../lib/dom/slicer';
import { countTextNodes, walkText } from '../../../lib/dom/text-walk';
import { createMatcher } from '../../../lib/matching';
import { detectorData } from '../matching/helpers';

const matcher = createMatcher(detectorData);

/** A slicer that yields after every step, running `onYield` (the page acting meanwhile). */
function slicer(onYield: () => void = () => undefined): Slicer {
  return {
    due: () => true,
    yield: async () => onYield(),
    check: () => undefined,
  };
}

async function walk(root: Node, onYield?: () => void) {
  const visited: Text[] = [];
  const count = await walkText(root, {
    within: (text) => matcher.prefilterWithin(text),
    visit: (node) => visited.push(node),
    slicer: slicer(onYield),
  });
  return { count, visited, kept: visited.filter((node) => matcher.testPrefilter(node.data)) };
}

/** Every text node under `root`, in document order. */
function allText(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

const FILLER = 'The hearing was postponed again, and the lawyers asked for more time. '.repeat(40);

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(text);
  return p;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('walkText', () => {
  // A tree: a text, a comment, or an element with children. Long filler pushes elements past the
  // size under which the walk reads node by node; wide child lists past the width it reads whole.
  type Tree = string | null | Tree[];
  const tree = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(
        'Mexico',
        'Méx',
        'ico',
        'word ',
        'Protección',
        'AMPPost',
        ' MPP ',
        FILLER,
        FILLER,
        '',
      ),
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 6 }),
      fc.array(fc.constantFrom<Tree>(FILLER, 'MPP', null, ['word']), {
        minLength: 60,
        maxLength: 90,
      }),
    ),
  })).node;
  const TAGS = ['div', 'p', 'span', 'section', 'em'];
  function build(node: Tree, depth = 0): Node {
    if (node === null) return document.createComment('c');
    if (typeof node === 'string') return document.createTextNode(node);
    const element = document.createElement(TAGS[depth % TAGS.length]!);
    element.append(...node.map((child) => build(child, depth + 1)));
    return element;
  }

  it('keeps exactly the text nodes a full walk keeps, and counts every text node', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { maxLength: 8 }), async (children) => {
        document.body.replaceChildren(...children.map((child) => build(child)));
        const { count, kept } = await walk(document.body);
        const all = allText(document.body);
        expect(count).toBe(all.length);
        expect(new Set(kept)).toEqual(
          new Set(all.filter((node) => matcher.testPrefilter(node.data))),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('does not enter subtrees whose text has no anchor word', async () => {
    for (let i = 0; i < 100; i++) document.body.append(paragraph(FILLER));
    const target = paragraph('Families waited under the Remain in Mexico policy.');
    document.body.children[60]!.after(target);
    const { count, visited, kept } = await walk(document.body);
    expect(count).toBe(101);
    expect(kept).toEqual([target.firstChild]);
    // Only the text along the way (body's own white space, none here) and the target's.
    expect(visited).toEqual([target.firstChild]);
  });

  it('finds anchors split across elements no worse than a full walk', async () => {
    const p = paragraph(FILLER);
    const b = document.createElement('b');
    b.append('ico');
    p.append('Mex', b, ' and the Remain in ', document.createElement('em'));
    p.lastElementChild!.append('Mexico');
    document.body.append(p, paragraph(FILLER));
    const { kept } = await walk(document.body);
    expect(kept.map((node) => node.data)).toEqual(['Mexico']);
  });

  it('handles wide elements (read child by child) and very wide ones (walked in slices)', async () => {
    for (const width of [100, 5000]) {
      const div = document.createElement('div');
      for (let i = 0; i < width; i++)
        div.append(paragraph(i === width - 3 ? 'MPP hearings' : FILLER));
      document.body.replaceChildren(div);
      const { count, kept } = await walk(document.body);
      expect(count).toBe(width);
      expect(kept.map((node) => node.data)).toEqual(['MPP hearings']);
    }
  });

  it('reaches text thousands of levels deep', async () => {
    let at: Element = document.body;
    for (let i = 0; i < 3000; i++) {
      const div = document.createElement(i % 2 ? 'div' : 'section');
      div.append(i % 500 === 0 ? 'Remain in Mexico ' : FILLER.slice(0, 80));
      at.append(div);
      at = div;
    }
    const { count, kept } = await walk(document.body);
    expect(count).toBe(3000);
    expect(kept).toHaveLength(6);
  });

  it('skips what the page removes while the walk yields, without failing', async () => {
    const parts = Array.from({ length: 5 }, (_, i) => {
      const section = document.createElement('section');
      section.append(paragraph(FILLER), paragraph(`Part ${i}: the MPP program.`));
      return section;
    });
    document.body.append(...parts);
    let yields = 0;
    const { kept } = await walk(document.body, () => {
      if (++yields === 1) parts[4]!.remove();
    });
    expect(kept.map((node) => node.data).sort()).toEqual(
      [0, 1, 2, 3].map((i) => `Part ${i}: the MPP program.`),
    );
  });

  it('walks a lone text node', async () => {
    const text = document.createTextNode('MPP');
    document.body.append(text);
    expect(await walk(text)).toMatchObject({ count: 1, kept: [text] });
  });
});

describe('countTextNodes', () => {
  it('counts what a TreeWalker shows: adjacent and empty text nodes, not comments', () => {
    const p = paragraph('a');
    p.append('', document.createComment('x'), 'b');
    const em = document.createElement('em');
    em.append('c', document.createElement('br'), 'd');
    p.append(em);
    document.body.append(p, document.createComment('y'));
    expect(countTextNodes(document.body)).toBe(allText(document.body).length);
    expect(countTextNodes(document.body)).toBe(5);
  });
});
