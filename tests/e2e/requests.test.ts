/**
 * No page asks any host but its own: every request Chromium makes while a reader goes through the whole
 * site (page loads, lazy chunks, diagrams scrolled into view, the search index and its worker, the
 * service worker's precaching) goes to the site's origin. A font, script or icon fetched from a CDN
 * would break offline reading and leak visits to a third party.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, scrollThrough, sitemapPaths, siteUrl } from './site';
import { waitForServiceWorker } from './offline-support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('requests', () => {
  test('every request of a visit to every page goes to the site itself', async () => {
    const origin = new URL(siteUrl()).origin;
    const context = await browser.newContext();
    const requests: { url: string; from: string }[] = [];
    context.on('request', (request) => {
      const from = request.serviceWorker() ? 'service worker' : (request.frame()?.url() ?? '?');
      requests.push({ url: request.url(), from });
    });

    const page = await context.newPage();
    for (const pathname of sitemapPaths()) {
      await page.goto(`${siteUrl()}${pathname}`);
      await hydrated(page);
      await scrollThrough(page);
      await page.waitForLoadState('networkidle');
    }
    // Search: Pagefind's script, WebAssembly and index load on first use.
    await page.locator('input.navbar__search-input').fill('pod');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 20_000 });
    await waitForServiceWorker(page);
    await page.waitForLoadState('networkidle');
    await context.close();

    const fetched = requests.filter((request) => !/^(data|blob):/.test(request.url));
    // The recorder saw the visit: every page, the chunks, the search index (Pagefind), the precache.
    expect(fetched.length).toBeGreaterThan(100);
    expect(fetched.some((request) => request.url.includes('/pagefind/'))).toBe(true);
    expect(fetched.some((request) => request.from === 'service worker')).toBe(true);
    const foreign = fetched.filter((request) => new URL(request.url).origin !== origin);
    expect(foreign.map((request) => `${request.url} (from ${request.from})`)).toEqual([]);
  });
});
