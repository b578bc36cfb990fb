/**
 * The service worker's registration and lifecycle, through workbox-window (see ./register.ts for when
 * it runs). A chunk of its own, loaded once the page is idle: workbox-window is not part of the code a
 * page runs at load.
 */
import { Workbox } from 'workbox-window';

/** Set by the PWA plugin's webpack config, from baseUrl. */
const SERVICE_WORKER_URL = process.env.PWA_SERVICE_WORKER_URL ?? '/sw.js';
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

function serviceWorkerUrl(): string {
  // The plugin's worker reads its settings from this query parameter.
  const params = JSON.stringify({ offlineMode: true, debug: false });
  return `${SERVICE_WORKER_URL}?params=${encodeURIComponent(params)}`;
}

let promptShown = false;

function promptForReload(workbox: Workbox): void {
  if (promptShown) return;
  promptShown = true;
  // Loaded only when needed: most visits never show it. The chunk is in the precache like any other.
  void import('@site/src/components/ReloadPrompt/render').then(({ renderReloadPrompt }) =>
    renderReloadPrompt({
      onReload: () => {
        // Reload once the new worker controls the page (or at once if another tab already switched).
        workbox.addEventListener('controlling', () => window.location.reload());
        workbox.messageSkipWaiting();
        if (!navigator.serviceWorker.controller) window.location.reload();
      },
    }),
  );
}

/**
 * Registers the worker through workbox-window, which tracks its lifecycle: `waiting` is a new version
 * installed behind the one in control (found now, at a later check, or by another tab), so the reader is
 * asked to reload; on the first install there is nothing to update from and no prompt.
 */
export async function register(): Promise<void> {
  const workbox = new Workbox(serviceWorkerUrl());
  workbox.addEventListener('waiting', () => promptForReload(workbox));
  await workbox.register();
  // A single-page app makes no navigation that would make the browser check for a new worker.
  const check = (): void => {
    if (navigator.onLine) workbox.update().catch(() => undefined);
  };
  window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
