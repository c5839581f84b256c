import { signal, type ReadonlySignal } from '@preact/signals';

/** What `bindStorageItem` needs: a WXT storage item or a validated `Setting` both fit. */
export interface BindableItem<T> {
  readonly fallback: T;
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

/** A storage item mirrored in a signal. */
export interface StorageBinding<T> {
  /** The stored value: the fallback until the first read, then every change from any context. */
  readonly signal: ReadonlySignal<T>;
  /** Settles after the first read (also when it failed: the signal keeps the fallback). */
  readonly ready: Promise<void>;
  /** Stops watching storage. The signal keeps its last value. */
  dispose(): void;
}

/**
 * Mirrors a storage item in a read-only Preact signal, so UI re-renders when the value changes
 * here or in another extension page. Storage stays the source of truth: write with the item's
 * `setValue` (or `setSetting`) and the signal follows.
 */
export function bindStorageItem<T>(item: BindableItem<T>): StorageBinding<T> {
  const value = signal(item.fallback);
  let changedSinceRead = false;
  let disposed = false;
  const unwatch = item.watch((next) => {
    changedSinceRead = true;
    value.value = next;
  });
  const ready = item.getValue().then(
    (initial) => {
      // A change seen while the first read was in flight is newer than what the read returned.
      if (!changedSinceRead && !disposed) value.value = initial;
    },
    (error: unknown) => console.warn('[factmark] Could not read a stored value', error),
  );
  return {
    signal: value,
    ready,
    dispose() {
      disposed = true;
      unwatch();
    },
  };
}
