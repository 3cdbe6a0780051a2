import { useEffect } from "react";

/**
 * Fetches a page's code ahead, once the browser is idle after the shell is shown: on a slow
 * network the results page otherwise waited seconds for its charts after the click. The lazy
 * route imports the same module, so it is then taken from the browser's module cache.
 */
export function usePrefetchWhenIdle(load: (() => Promise<unknown>) | undefined): void {
  useEffect(() => {
    if (!load) return;
    const fetchAhead = () => void load().catch(() => undefined);
    if ("requestIdleCallback" in window) {
      const handle = window.requestIdleCallback(fetchAhead, { timeout: 5_000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(fetchAhead, 2_000);
    return () => clearTimeout(timer);
  }, [load]);
}
