/**
 * Client module: Docusaurus' prefetch of the routes of links in view waits until the page has settled
 * (hydrated, a few seconds to itself, then idle: the moment the service worker starts its precache), and
 * then runs once per route, each in its own idle moment (why: src/lib/browser/deferredPrefetch.ts).
 *
 * `window.docusaurus` is Docusaurus' typed global (@docusaurus/module-type-aliases); it is set before the
 * app renders, and this module's `onRouteDidUpdate` (a documented lifecycle, which also runs on the first
 * render) swaps in the deferred `prefetch` before any link's IntersectionObserver reports. That Link calls
 * the global's `prefetch`, and how, is pinned in tests/content/framework-internals.test.ts.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { deferPrefetch } from '@site/src/lib/browser/deferredPrefetch';
import { whenIdle, whenSettled } from '@site/src/lib/browser/idle';

/** Each route in the browser's next idle moment (within 5 s), or after 500 ms without idle callbacks. */
const IDLE = { timeout: 5000, fallback: 500 };

let installed = false;

function install(): void {
  const original = window.docusaurus;
  if (installed || !original) return;
  installed = true;
  const deferred = deferPrefetch((path) => original.prefetch(path), {
    currentPath: () => window.location.pathname,
    schedule: (task) => void whenIdle(task, IDLE),
  });
  // Docusaurus froze its object: a new one takes its place, with its own `preload`.
  window.docusaurus = Object.freeze({ ...original, prefetch: deferred.prefetch });
  void whenSettled(IDLE).then(() => deferred.start());
}

export function onRouteDidUpdate(): void {
  if (ExecutionEnvironment.canUseDOM) install();
}
