/**
 * Client module: registers the service worker and tells the reader when a new version of the site is
 * ready. Replaces @docusaurus/plugin-pwa's registerSw, which
 * - keeps offline mode off in a plain browser tab unless an activation strategy matches (here the
 *   site is always offline-capable), and
 * - after an update found by a later check (not at page load) sends "skip waiting" to the old worker
 *   instead of the waiting one, so its Refresh button did nothing.
 * It also checks for updates while a tab stays open (hourly, when the tab is shown again, when the
 * network comes back). The worker's lifecycle goes through workbox-window, in ./serviceWorker.ts, a chunk
 * loaded only when registration starts.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { whenSettled } from '@site/src/lib/browser/idle';

/** Once settled: the browser's first idle moment (within 5 s), or 200 ms where there is no idle callback. */
const IDLE = { timeout: 5000, fallback: 200 };

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  // Precaching the whole site (about 150 files) costs network and CPU: it starts once the page is
  // hydrated, has had a few seconds to itself and the browser is idle, so that it never competes with
  // the first paint, hydration or the reader's first scroll. Offline reading is ready a few seconds
  // after the first visit.
  void whenSettled(IDLE)
    .then(() => import('./serviceWorker'))
    .then(({ register }) => register())
    .catch((error: unknown) => console.error('Service worker registration failed', error));
}
