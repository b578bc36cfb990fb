/**
 * One walk over every page of the sitemap, each page loaded once and checked in light then dark mode, for what
 * every page owes a reader (these were four walks: smoke, requests, and accessibility in each mode):
 * - it answers 200, hydrates, has exactly one h1 and logs no console error or warning;
 * - axe-core finds no violation (tests/e2e/axe.ts: WCAG 2 A/AA, colour contrast included, and best
 *   practices) in light mode, nor of the rules a colour mode can break in dark mode, with the lazily
 *   loaded parts (diagrams) in;
 * - no request goes to any host but the site's own: the light walk is one reader's visit in one browser
 *   context (page loads, lazy chunks, diagrams scrolled into view, the service worker's precaching), then a
 *   search (Pagefind's script, WebAssembly and index). A font, script or icon from a CDN would break
 *   offline reading and leak visits to a third party.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, COLOUR_MODE_RULES } from './axe';
import { launchChromium } from './chromium';
import { waitForServiceWorker } from './offline-support';
import { hydrated, loadLazyParts, sitemapPaths, siteUrl } from './site';

const paths = sitemapPaths();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('the sitemap lists the intro, nine chapters and the manifest catalog', () => {
  expect(paths).toContain('/');
  expect(paths.filter((path) => /^\/ch(0[4-9]|1[0-2])-/.test(path))).toHaveLength(9);
  expect(paths).toContain('/manifests');
});

describe('every page, in light then dark mode', () => {
  let context: BrowserContext;
  const requests: { url: string; from: string }[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'allow' });
    context.on('request', (request) => {
      const from = request.serviceWorker() ? 'service worker' : (request.frame()?.url() ?? '?');
      requests.push({ url: request.url(), from });
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  test.each(paths)('%s loads, hydrates, has one h1, a clean console and no axe violations', async (path) => {
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    const response = await page.goto(`${siteUrl()}${path}`, { waitUntil: 'load' });
    expect(response?.status(), `HTTP status of ${path}`).toBe(200);
    await hydrated(page, 15_000);
    expect(await page.locator('html').getAttribute('data-theme'), `colour mode of ${path}`).toBe('light');
    expect(await page.locator('h1').count(), `h1 count on ${path}`).toBe(1);
    await loadLazyParts(page);
    expect(await axeViolations(page), `axe on ${path} in light mode`).toEqual([]);
    // Dark mode on the same page, as for a reader whose system turns dark (the site follows the system's
    // colour scheme, docusaurus.config.ts): one load instead of two. Its own renders (the diagrams' dark
    // images) are lazy, so the page is scrolled through again. Dark first loads are in the other tests
    // (editor, explain, search, simulations).
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => page.locator('html').getAttribute('data-theme'), { message: `${path} turns dark` })
      .toBe('dark');
    await loadLazyParts(page);
    expect(await axeViolations(page, { rules: COLOUR_MODE_RULES }), `axe on ${path} in dark mode`).toEqual([]);
    expect(messages, `console of ${path}`).toEqual([]);
    await page.close();
  });

  test('every request of the visit, and of a search, went to the site itself', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/`);
    await hydrated(page);
    await page.locator('input.navbar__search-input').fill('pod');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 20_000 });
    await waitForServiceWorker(page);
    await page.waitForLoadState('networkidle');
    await page.close();

    const origin = new URL(siteUrl()).origin;
    const fetched = requests.filter((request) => !/^(data|blob):/.test(request.url));
    // The recorder saw the visit: every page, the chunks, the search index (Pagefind), the precache.
    expect(fetched.length).toBeGreaterThan(100);
    expect(fetched.some((request) => request.url.includes('/pagefind/'))).toBe(true);
    expect(fetched.some((request) => request.from === 'service worker')).toBe(true);
    const foreign = fetched.filter((request) => new URL(request.url).origin !== origin);
    expect(foreign.map((request) => `${request.url} (from ${request.from})`)).toEqual([]);
  });
});

test('keyboard: the first Tab reaches the skip link, which skips the navigation', async () => {
  const page = await browser.newPage();
  await page.goto(`${siteUrl()}/ch04-replication-controllers`);
  await hydrated(page);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  expect(focused).toMatch(/skip to main content/i);
  await page.keyboard.press('Enter');
  // Docusaurus focuses <main> and drops its temporary tabindex, so Chromium moves focus back to <body>
  // but keeps <main> as the starting point: the next Tab must land inside the content, past the navbar.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') != null)).toBe(true);
  await page.close();
});
