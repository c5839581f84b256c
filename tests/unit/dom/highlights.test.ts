// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  createHighlightLayer,
  inLargeTextNode,
  LARGE_TEXT_NODE,
} from '../../../lib/dom/highlights';

/** A minimal Highlight: a Set of ranges. */
class FakeHighlight extends Set<Range> {}
/** A stand-in range in a short text node. */
const range = (n: number) => ({ n, startContainer: {}, endContainer: {} }) as unknown as Range;

describe('createHighlightLayer', () => {
  it('registers its ranges under the name only while it has some', () => {
    const registry = new Map<string, Highlight>();
    const layer = createHighlightLayer('factmark', registry, FakeHighlight as never);
    expect(registry.has('factmark')).toBe(false);
    layer.set([range(1), range(2)]);
    expect(registry.get('factmark')?.size).toBe(2);
    layer.set([]);
    expect(registry.has('factmark')).toBe(false);
  });

  it('styles through an alias: every range stays under the name, the style name is replaced on change', () => {
    const registry = new Map<string, Highlight>();
    const layer = createHighlightLayer('factmark', registry, FakeHighlight as never);
    layer.setAlias('factmark-style-tint');
    layer.set([range(1)]);
    // One highlight under both names: Chromium paints one set of ranges.
    expect(registry.get('factmark-style-tint')).toBe(registry.get('factmark'));
    layer.setAlias('factmark-style-hidden');
    expect(registry.has('factmark-style-tint')).toBe(false);
    expect(registry.get('factmark-style-hidden')?.size).toBe(1);
    // A page script that clears the registry: the next update puts both names back.
    registry.clear();
    layer.set([range(2)]);
    expect([...registry.keys()].sort()).toEqual(['factmark', 'factmark-style-hidden']);
    layer.dispose();
    expect(registry.size).toBe(0);
  });

  it('draws ranges in text nodes over a million characters under the -large style name', () => {
    const doc = document.implementation.createHTMLDocument('');
    const small = doc.createTextNode('Remain in Mexico');
    const huge = doc.createTextNode('x'.repeat(LARGE_TEXT_NODE) + ' Remain in Mexico');
    const at = (node: Text, start: number) => {
      const r = doc.createRange();
      r.setStart(node, start);
      r.setEnd(node, start + 16);
      return r;
    };
    const ordinary = at(small, 0);
    const large = at(huge, LARGE_TEXT_NODE + 1);
    expect(inLargeTextNode(ordinary)).toBe(false);
    expect(inLargeTextNode(large)).toBe(true);
    // Exactly at the limit is not large.
    expect(inLargeTextNode(at(doc.createTextNode('y'.repeat(LARGE_TEXT_NODE)), 0))).toBe(false);

    const registry = new Map<string, Highlight>();
    const layer = createHighlightLayer('factmark', registry, FakeHighlight as never);
    layer.setAlias('factmark-style-underline-dotted');
    layer.set([ordinary, large]);
    expect([...registry.get('factmark')!]).toEqual([ordinary, large]);
    expect([...registry.get('factmark-style-underline-dotted')!]).toEqual([ordinary]);
    expect([...registry.get('factmark-style-underline-dotted-large')!]).toEqual([large]);
    // Without large ranges the -large name is not registered, and the style name is the public one.
    layer.set([ordinary]);
    expect(registry.has('factmark-style-underline-dotted-large')).toBe(false);
    expect(registry.get('factmark-style-underline-dotted')).toBe(registry.get('factmark'));
    layer.set([large]);
    expect(registry.has('factmark-style-underline-dotted')).toBe(false);
    expect([...registry.get('factmark-style-underline-dotted-large')!]).toEqual([large]);
    layer.setAlias(undefined);
    expect([...registry.keys()]).toEqual(['factmark']);
  });

  it('fails closed without the Custom Highlight API', () => {
    const layer = createHighlightLayer('factmark', undefined, undefined);
    expect(layer.supported).toBe(false);
    expect(() => {
      layer.set([range(1)]);
      layer.setAlias('x');
      layer.dispose();
    }).not.toThrow();
  });
});
