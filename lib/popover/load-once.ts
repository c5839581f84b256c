/**
 * Wraps an async loader so it runs once and every caller shares the result; a failed load is
 * forgotten, so the next call tries again (the extension may have been reloaded meanwhile).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
