/* global self, caches */
/**
 * Added to @docusaurus/plugin-pwa's service worker (its `swCustom` option). Plain JavaScript: the
 * plugin compiles the worker with a Babel rule for .js files only.
 *
 * The plugin's worker answers only requests whose URL is literally in the precache. Two gaps are
 * closed here, for page loads (navigations) only; every other request is left to the plugin:
 * - `trailingSlash: false` writes `/ch05-services` to `ch05-services.html`, a URL the plugin never
 *   tries, so without this a chapter opened from a bookmark or the address bar would need the network.
 * - An address that is not precached, opened offline, gets the generated offline page (a list of
 *   every saved page) instead of the browser's error page.
 *
 * The plugin adds its own listeners after calling this function, so these run first, and a navigation
 * answered here never reaches the plugin's listener.
 */
import { cacheNames } from 'workbox-core';

const OFFLINE_PAGE = 'offline.html';

/** The precached files that can answer a navigation to `url`, most likely first. */
export function candidateFiles(url) {
  const path = url.pathname;
  if (path.endsWith('/')) return [`${path}index.html`];
  const candidates = [`${path}.html`, `${path}/index.html`];
  // A file with an extension (a raw manifest opened with "Raw") is its own URL.
  if (/\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/')))) candidates.unshift(path);
  return candidates;
}

async function precached(cache, path) {
  // Precache keys carry a `__WB_REVISION__` query; the path alone identifies the file.
  return cache.match(new URL(path, self.location.origin).href, { ignoreSearch: true });
}

async function answerNavigation(request, url) {
  const cache = await caches.open(cacheNames.precache);
  for (const path of candidateFiles(url)) {
    const response = await precached(cache, path);
    if (response) return response;
  }
  try {
    return await fetch(request);
  } catch (error) {
    const offline = await precached(cache, new URL(OFFLINE_PAGE, self.registration.scope).pathname);
    if (offline) return offline;
    throw error;
  }
}

export default function offlineNavigation(params) {
  if (!params.offlineMode) return;

  // Take over the tab of the first visit as soon as everything is precached, so that a reader who goes
  // offline without reloading can still open every chapter (lazy chunks come from the precache too).
  // Updates are different: a new worker waits until the reader accepts the reload prompt.
  self.addEventListener('activate', (event) => {
    event.waitUntil(self.clients.claim());
  });

  self.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.mode !== 'navigate' || request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    event.respondWith(answerNavigation(request, url));
    // The plugin's listener would otherwise find `/index.html` for `/` and call respondWith() a second
    // time, which throws.
    event.stopImmediatePropagation();
  });
}
