// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { watchMutations, type MutationBatch } from '../../../lib/dom/mutations';

/** Watches `document.body`; `next()` resolves with the next batch (or null after 50 ms). */
function watch() {
  const batches: MutationBatch[] = [];
  const controller = new AbortController();
  const watcher = watchMutations(document.body, {
    onBatch: (batch) => batches.push(batch),
    quietMs: 5,
    signal: controller.signal,
  });
  const next = async (): Promise<MutationBatch | null> => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return batches.shift() ?? null;
  };
  return { watcher, next, stop: () => controller.abort() };
}

function page(html: string) {
  document.body.innerHTML = html; // eslint-disable-line no-restricted-syntax -- test fixture
}

let stop = () => {};
afterEach(() => {
  stop();
  document.body.replaceChildren();
});

describe('watchMutations: content revealed later', () => {
  it('reports an element whose hiding markup changes (hidden, open, inert, aria-hidden)', async () => {
    page(
      '<div id="a" hidden><p>x</p></div><details id="b"><p>y</p></details><div id="c" inert></div><div id="d" aria-hidden="true"></div>',
    );
    const w = watch();
    stop = w.stop;
    document.getElementById('a')!.hidden = false;
    document.getElementById('b')!.setAttribute('open', '');
    document.getElementById('c')!.removeAttribute('inert');
    document.getElementById('d')!.setAttribute('aria-hidden', 'false');
    const batch = await w.next();
    expect([...(batch?.nodes ?? [])].map((n) => (n as Element).id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores class and style changes while no block holds a hidden mention', async () => {
    page('<section id="s" class="collapsed"><p id="p">x</p></section>');
    const w = watch();
    stop = w.stop;
    document.getElementById('s')!.className = 'open';
    document.getElementById('s')!.style.color = 'red';
    expect(await w.next()).toBeNull();
  });

  it('reports the watched blocks under an element whose class or style changes, and only those', async () => {
    page(
      '<section id="s" class="collapsed"><p id="p">x</p></section><aside id="other"><p id="q">y</p></aside>',
    );
    const w = watch();
    stop = w.stop;
    const p = document.getElementById('p')!;
    w.watcher.watchStyles(new Set([p]));
    document.getElementById('other')!.className = 'changed';
    expect(await w.next()).toBeNull();
    document.getElementById('s')!.classList.remove('collapsed');
    expect([...((await w.next())?.nodes ?? [])]).toEqual([p]);
    p.style.display = 'block';
    expect([...((await w.next())?.nodes ?? [])]).toEqual([p]);

    // No hidden block left: class and style are no longer watched.
    w.watcher.watchStyles(new Set());
    document.getElementById('s')!.className = 'collapsed';
    expect(await w.next()).toBeNull();
  });
});

describe('watchMutations: marks hidden later', () => {
  /** A stand-in for ResizeObserver (jsdom has none): the test says which boxes changed size. */
  class FakeResizeObserver {
    static current: FakeResizeObserver | undefined;
    readonly observed = new Set<Element>();
    constructor(private readonly callback: ResizeObserverCallback) {
      FakeResizeObserver.current = this;
    }
    observe(target: Element) {
      this.observed.add(target);
    }
    unobserve(target: Element) {
      this.observed.delete(target);
    }
    disconnect() {
      this.observed.clear();
    }
    /** Reports `target`'s size, as Chromium does on observe() and on every change. */
    report(target: Element, width: number, height: number) {
      const entry = { target, contentRect: { width, height } } as unknown as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }
  }

  it('reports a watched block that loses its box, not one that is first seen without one', async () => {
    const original = globalThis.ResizeObserver;
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
    try {
      page('<p id="a">x</p><p id="b">y</p>');
      const w = watch();
      stop = w.stop;
      const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
      w.watcher.watchBoxes(new Set([a, b]));
      const boxes = FakeResizeObserver.current!;
      expect([...boxes.observed]).toEqual([a, b]);
      boxes.report(a, 600, 40);
      boxes.report(b, 0, 0); // Not rendered when first seen: nothing to drop.
      expect(await w.next()).toBeNull();
      boxes.report(a, 300, 80); // A resize that keeps a box.
      expect(await w.next()).toBeNull();
      boxes.report(a, 0, 0); // Collapsed.
      expect([...((await w.next())?.nodes ?? [])]).toEqual([a]);

      // A block that no longer holds a mark is no longer watched.
      w.watcher.watchBoxes(new Set([b]));
      expect([...boxes.observed]).toEqual([b]);
    } finally {
      globalThis.ResizeObserver = original;
    }
  });
});
