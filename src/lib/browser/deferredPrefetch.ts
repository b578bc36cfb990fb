/**
 * Docusaurus prefetches a route's chunks for every internal `<Link>` that comes into view (its Link
 * calls `window.docusaurus.prefetch` from an IntersectionObserver). On this site that work landed in the
 * middle of the first load and bought nothing:
 * - it ran right after hydration, when a phone's main thread is busiest;
 * - `prefetch` remembers a route by the exact string it is given, so `/`, `/#chapters` and
 *   `/study?chapter=ch11-internals` are three routes, and each call appends a `<link rel=prefetch>` for every
 *   chunk of every route that matches on the way (the docs sit at the site's root, so the four routes named
 *   `/`, three layouts and the home page, all match). On a phone's first load of ch11 it appended 49 of
 *   them, all but one for chunks the page had already loaded;
 * - the service worker precaches every chunk a few seconds later (src/plugins/offline).
 *
 * Here the calls wait until the page has settled (src/clientModules/idlePrefetch.ts): then each route path
 * (no query, no hash) is prefetched once, in its own idle moment, and never the page the reader is on.
 * Preloading when a link is pointed at or touched (`window.docusaurus.preload`) is left as it is: that is
 * what makes a click fast.
 * Lighthouse on a quiet machine, 7 runs each of this and the build before it in one run (medians): ch11
 * 0.85 -> 0.89, TBT 460 -> 351 ms; ch05 0.86 -> 0.90, 542 -> 405 ms; ch10 0.91 -> 0.90, 348 -> 393 ms.
 */

export type Prefetch = (routePath: string) => unknown;

/**
 * The path a link's target names, without its query or hash: the route whose chunks it needs. Empty for a
 * target that is only a query or a hash: the page the reader is on.
 */
export function routePathOf(target: string): string {
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

export interface DeferredPrefetch {
  /** Stands in for `window.docusaurus.prefetch`: remembers the route, or schedules it once started. */
  prefetch(target: string): false;
  /** From now on, routes (those remembered first) are prefetched, each through `schedule`. */
  start(): void;
}

export interface DeferOptions {
  /** The path of the page the reader is on (a link to it needs nothing). */
  currentPath(): string;
  /** Runs a task later, in its own idle moment. */
  schedule(task: () => void): void;
}

export function deferPrefetch(prefetch: Prefetch, { currentPath, schedule }: DeferOptions): DeferredPrefetch {
  const seen = new Set<string>();
  const waiting: string[] = [];
  let started = false;
  const run = (path: string) =>
    schedule(() => {
      // The reader may have moved to that page in the meantime.
      if (path !== currentPath()) prefetch(path);
    });
  return {
    prefetch(target) {
      const path = routePathOf(target);
      if (path === '' || path === currentPath() || seen.has(path)) return false;
      seen.add(path);
      if (started) run(path);
      else waiting.push(path);
      return false;
    },
    start() {
      if (started) return;
      started = true;
      waiting.splice(0).forEach(run);
    },
  };
}
