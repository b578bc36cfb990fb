/** Helpers for the offline, update and request browser tests. */
import type { Page } from 'playwright-core';
import { readPrecacheManifest } from '../../src/plugins/offline/precache';

/** Number of files in a build's precache manifest. */
export function precacheSize(buildDir = 'build'): number {
  return readPrecacheManifest(`${buildDir}/sw.js`).length;
}

/** Entries in the browser's Workbox precache (0 if there is none yet). */
export function cachedEntries(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const name = names.find((candidate) => candidate.startsWith('workbox-precache'));
    return name ? (await (await caches.open(name)).keys()).length : 0;
  });
}

/**
 * Waits until a service worker controls the page. The worker activates only once its install step
 * has stored every precache entry, and then claims the page (src/plugins/offline/sw.js).
 */
export async function waitForServiceWorker(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout, polling: 200 });
}

/** The text of the first <h1> of a built HTML file, read by the one reader of the build. */
export { builtH1 } from '../builtHtml';
