/**
 * Cooperative time slicing: long scans check `slicer.due()` in their loops and `await
 * slicer.yield()` when a slice is used up, so no task of ours blocks the page's main thread for long
 * (the target is under 50 ms, a "long task"; slices default to 8 ms to leave room for the work between checks).
 */
export interface Slicer {
  /** True when the current slice has used its budget and the caller should yield. */
  due(): boolean;
  /** Yields to the event loop (input, rendering, other tasks), then starts a new slice. */
  yield(): Promise<void>;
  /** Throws `signal.reason` (an AbortError) once the work was cancelled. */
  check(): void;
}

export interface SlicerOptions {
  /** Slice budget in milliseconds. */
  budgetMs?: number;
  signal?: AbortSignal;
  /** Clock, injectable for tests. */
  now?: () => number;
  /** How to yield, injectable for tests. Defaults to scheduler.yield() or a macrotask. */
  yieldToMain?: () => Promise<void>;
}

export function createSlicer({
  budgetMs = 8,
  signal,
  now = () => performance.now(),
  yieldToMain = defaultYield,
}: SlicerOptions = {}): Slicer {
  let sliceStart = now();
  return {
    due: () => now() - sliceStart >= budgetMs,
    async yield() {
      await yieldToMain();
      signal?.throwIfAborted();
      sliceStart = now();
    },
    check: () => signal?.throwIfAborted(),
  };
}

/**
 * scheduler.yield() keeps our continuation ahead of other queued tasks where it exists (Chromium);
 * elsewhere a MessageChannel macrotask avoids setTimeout's 4 ms clamp for nested timers.
 */
function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
