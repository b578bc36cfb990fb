/**
 * Deferring work until the browser is idle: the reading tracker after a chapter renders, the service
 * worker's registration after hydration. One helper, each caller with its own deadlines.
 */

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
