// @vitest-environment jsdom
import { effect } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMentionService } from '../../../lib/content/mention-service';
import { literalMatcher } from '../dom/literal-matcher';

/** A stand-in for the Custom Highlight API, which jsdom lacks. */
class FakeHighlight extends Set<Range> {}

function perfLog() {
  const measures: { name: string; detail: unknown }[] = [];
  return {
    measures,
    now: () => performance.now(),
    mark: (name: string, options?: { detail?: unknown }) => {
      measures.push({ name, detail: options?.detail });
      return undefined as never;
    },
    measure: (name: string, options?: { detail?: unknown }) => {
      measures.push({ name, detail: options?.detail });
      return undefined as never;
    },
  };
}

/** A service over the document body with the literal matcher. */
function start() {
  const abort = new AbortController();
  const perf = perfLog();
  const service = startMentionService({
    root: document.body,
    matcher: literalMatcher(),
    page: {},
    isOwn: () => false,
    signal: abort.signal,
    perf,
  });
  return { abort, perf, service };
}

describe('startMentionService', () => {
  let registry: Map<string, unknown>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    const paragraph = (id: string, text: string) =>
      Object.assign(document.createElement('p'), { id, textContent: text });
    document.body.replaceChildren(
      paragraph('a', 'Under Remain in Mexico, families waited.'),
      paragraph('b', 'Weather.'),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('publishes a changed list once, and leaves the signal alone when a pass finds the same mentions', async () => {
    const { abort, perf, service } = start();
    const seen: number[] = [];
    effect(() => void seen.push(service.mentions.value.length));
    await service.ready;
    expect(seen).toEqual([0, 1]);
    expect((registry.get('factmark') as FakeHighlight).size).toBe(1);
    expect(perf.measures.map((m) => m.name)).toEqual(['factmark:scan', 'factmark:ready']);

    // A full rescan with the same result (a new matcher that finds the same words).
    await service.setMatcher(literalMatcher());
    expect(seen).toEqual([0, 1]);
    expect(perf.measures.filter((m) => m.name === 'factmark:scan')).toHaveLength(2);

    // A page script cleared the registry: the unchanged pass still puts our highlight back.
    registry.clear();
    await service.setMatcher(literalMatcher());
    expect((registry.get('factmark') as FakeHighlight | undefined)?.size).toBe(1);
    expect(seen).toEqual([0, 1]);

    // A different result (the name is no longer detected) is published, and the mark removed.
    await service.setMatcher(literalMatcher(['Remain in Mexico policy']));
    expect(seen).toEqual([0, 1, 0]);
    expect(registry.has('factmark')).toBe(false);
    abort.abort();
    expect(registry.size).toBe(0);
  });

  it('publishes new ranges for the same words when the text node behind them was replaced', async () => {
    const { abort, service } = start();
    await service.ready;
    const before = service.mentions.value[0]!;
    const p = document.getElementById('a')!;
    p.replaceChildren(document.createTextNode(p.textContent!));
    await service.setMatcher(literalMatcher());
    const after = service.mentions.value[0]!;
    expect(after.id).toBe(before.id);
    expect(after.range.startContainer).toBe(p.firstChild);
    expect(after).not.toBe(before);
    abort.abort();
  });
});
