/**
 * A loader for a script of the extension's own that leaves its API on the global under `key` (the
 * content script's isolated global, which the page cannot see): imported once, on first need; a failed
 * import is tried again on the next.
 */
export function scriptModuleLoader<T>(key: symbol): (url: string) => Promise<T> {
  let loading: Promise<T> | undefined;
  return (url) => {
    loading ??= import(/* @vite-ignore */ url)
      .then(() => {
        const module = (globalThis as Record<symbol, unknown>)[key] as T | undefined;
        if (!module) throw new Error(`${url} did not load.`);
        return module;
      })
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
}
