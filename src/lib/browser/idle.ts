/**
 * Deferring work until the browser is idle: the reading tracker after a chapter renders; background work
 * once the page has settled (the service worker's precache, Docusaurus' prefetch of links in view). One
 * helper, each caller with its own deadlines.
 */
import { whenHydrated } from './hydration';

export interface IdleDeadlines {
  /** The longest the task waits for an idle moment (requestIdleCallback's `timeout`), in ms. */
  timeout: number;
  /** Where requestIdleCallback is missing (Safari), the delay before the task runs anyway, in ms. */
  fallback: number;
}

/** Runs `task` once the browser is idle (within `timeout`); returns what cancels it if it has not run. */
export function whenIdle(task: () => void, { timeout, fallback }: IdleDeadlines): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => task(), { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, fallback);
  return () => window.clearTimeout(handle);
}

/** Time the page gets to itself after hydration before background work starts, in ms. */
const QUIET_AFTER_HYDRATION_MS = 3000;

/**
 * Resolves when the page has settled: hydrated, then a few seconds to itself, then the browser's first idle
 * moment. Background work (downloading the site for offline use, prefetching the routes of links in view)
 * waits for it, so that it never competes with the first paint, hydration or the reader's first scroll.
 */
export function whenSettled(deadlines: IdleDeadlines): Promise<void> {
  return whenHydrated()
    .then(() => new Promise((resolve) => window.setTimeout(resolve, QUIET_AFTER_HYDRATION_MS)))
    .then(() => new Promise<void>((resolve) => whenIdle(resolve, deadlines)));
}
