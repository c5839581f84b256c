import { expect, type Page } from '@playwright/test';

/**
 * What the test reads from a page through `window.__factmarkProbe`, a main-world helper installed
 * before any page script (addInitScript) from pristine built-ins. Pages in hostile.spec.ts replace
 * or break `CSS.highlights`, `Range`, `performance` and friends in the main world; the probe still
 * sees the real shared objects (the highlight registry and the performance timeline are per
 * document, shared by the page's world and the extension's isolated world).
 */
export interface Probe {
  /** The `factmark:ready` mark's detail, or null before it exists. */
  ready(): { mentions: number } | null;
  /** `factmark:scan` measures: start, end and detail. */
  scans(): { start: number; end: number; mentions: number; textNodes: number }[];
  /** The texts of the ranges in the real `factmark` highlight, in document order. */
  marked(): string[];
  /** Centre of the `index`th marked range (document order) after scrolling it into view. */
  point(index: number): { x: number; y: number } | null;
  /** Removes the `factmark` highlight from the real registry; returns a function that restores it. */
  hide(): void;
  show(): void;
  /** Long tasks seen since navigation (start, duration), and DOMContentLoaded's end. */
  longTasks(): { start: number; duration: number }[];
  /**
   * Long animation frames (over 50 ms): start, duration and how long their rendering took (style,
   * layout, paint: from `renderStart` to the frame's end; 0 when the frame rendered nothing).
   */
  longFrames(): { start: number; duration: number; rendering: number }[];
  domContentLoaded(): number;
}

/** Installs the probe into every document `page` loads. Call before `page.goto`. */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const registry = CSS.highlights;
    const methods = Object.getPrototypeOf(registry) as Map<string, unknown>;
    const { get, set, delete: del } = methods;
    const entries = performance.getEntriesByName.bind(performance);
    const compare = Range.prototype.compareBoundaryPoints;
    const toText = Range.prototype.toString;
    const rects = Range.prototype.getClientRects;
    const scroll = Element.prototype.scrollIntoView;
    const apply = Reflect.apply;
    const from = Array.from;
    const sortArray = Array.prototype.sort;
    const mapArray = Array.prototype.map;
    const START_TO_START = Range.START_TO_START;
    const tasks: { start: number; duration: number }[] = [];
    const push = Array.prototype.push;
    let dcl = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        apply(push, tasks, [{ start: entry.startTime, duration: entry.duration }]);
      }
    }).observe({ type: 'longtask', buffered: true });
    const frames: { start: number; duration: number; rendering: number }[] = [];
    type Frame = { startTime: number; duration: number; renderStart: number };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Frame[]) {
        const end = entry.startTime + entry.duration;
        const rendering = entry.renderStart > 0 ? end - entry.renderStart : 0;
        apply(push, frames, [{ start: entry.startTime, duration: entry.duration, rendering }]);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      dcl = performance.now();
    });
    let hidden: unknown;

    const ranges = (): Range[] => {
      const highlight = apply(get, registry, ['factmark']) as Iterable<Range> | undefined;
      if (!highlight) return [];
      const list = from(highlight);
      apply(sortArray, list, [(a: Range, b: Range) => apply(compare, a, [START_TO_START, b])]);
      return list;
    };

    const probe: Probe = {
      ready() {
        const [mark] = entries('factmark:ready', 'mark') as PerformanceMark[];
        return mark ? (mark.detail as { mentions: number }) : null;
      },
      scans() {
        return apply(mapArray, entries('factmark:scan', 'measure'), [
          (m: PerformanceMeasure) => ({
            start: m.startTime,
            end: m.startTime + m.duration,
            ...(m.detail as { mentions: number; textNodes: number }),
          }),
        ]) as ReturnType<Probe['scans']>;
      },
      marked() {
        return apply(mapArray, ranges(), [(r: Range) => apply(toText, r, [])]) as string[];
      },
      point(index) {
        const range = ranges()[index];
        if (!range) return null;
        const parent = range.startContainer.parentElement;
        if (parent) apply(scroll, parent, [{ block: 'center' }]);
        const [rect] = from(apply(rects, range, []) as DOMRectList);
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      },
      // Marks are drawn through the style name (`factmark-style-<style>`, the default style here).
      hide() {
        hidden = apply(get, registry, ['factmark']);
        apply(del, registry, ['factmark']);
        apply(del, registry, ['factmark-style-underline-dotted']);
      },
      show() {
        if (!hidden) return;
        apply(set, registry, ['factmark', hidden]);
        apply(set, registry, ['factmark-style-underline-dotted', hidden]);
      },
      longTasks: () => from(tasks),
      longFrames: () => from(frames),
      domContentLoaded: () => dcl,
    };
    Object.defineProperty(window, '__factmarkProbe', { value: probe });
  });
}

type ProbeWindow = { __factmarkProbe: Probe };

/** Calls one probe method in the page. */
export async function probe<K extends keyof Probe>(
  page: Page,
  method: K,
  ...args: Parameters<Probe[K]>
): Promise<ReturnType<Probe[K]>> {
  return page.evaluate(
    ([name, rest]) => {
      const p = (window as unknown as ProbeWindow).__factmarkProbe;
      return (p[name] as (...a: unknown[]) => unknown)(...(rest as unknown[]));
    },
    [method, args] as const,
  ) as Promise<ReturnType<Probe[K]>>;
}

/**
 * Polls the probe until the `factmark:ready` mark exists; returns its detail. Polls from the test
 * side (page.waitForFunction would poll with the page's own, possibly replaced, timers).
 */
export async function probeReady(page: Page, timeout = 10_000): Promise<{ mentions: number }> {
  let ready: { mentions: number } | null = null;
  await expect
    .poll(async () => (ready = await probe(page, 'ready')), { timeout, message: 'factmark:ready' })
    .not.toBeNull();
  return ready!;
}
