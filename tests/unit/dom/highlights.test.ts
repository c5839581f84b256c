import { describe, expect, it } from 'vitest';
import { createHighlightLayer } from '../../../lib/dom/highlights';

/** A minimal Highlight: a Set of ranges. */
class FakeHighlight extends Set<Range> {}
const range = (n: number) => ({ n }) as unknown as Range;

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

  it('styles through an alias: the same highlight under a second name, replaced on change', () => {
    const registry = new Map<string, Highlight>();
    const layer = createHighlightLayer('factmark', registry, FakeHighlight as never);
    layer.setAlias('factmark-style-tint');
    layer.set([range(1)]);
    expect(registry.get('factmark-style-tint')).toBe(registry.get('factmark'));
    layer.setAlias('factmark-style-hidden');
    expect(registry.has('factmark-style-tint')).toBe(false);
    expect(registry.get('factmark-style-hidden')).toBe(registry.get('factmark'));
    // A page script that clears the registry: the next update puts both names back.
    registry.clear();
    layer.set([range(2)]);
    expect([...registry.keys()].sort()).toEqual(['factmark', 'factmark-style-hidden']);
    layer.dispose();
    expect(registry.size).toBe(0);
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
