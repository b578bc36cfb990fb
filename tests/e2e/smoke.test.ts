/**
 * Every page of the sitemap loads from the production build, hydrates, has exactly one h1, and logs no
 * console error or warning.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, sitemapPaths, siteUrl } from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const paths = sitemapPaths();

describe('smoke', () => {
  test('the sitemap lists the intro, nine chapters and the manifest catalog', () => {
    expect(paths).toContain('/');
    expect(paths.filter((path) => /^\/ch(0[4-9]|1[0-2])-/.test(path))).toHaveLength(9);
    expect(paths).toContain('/manifests');
  });

  test.each(paths)('%s loads, hydrates, has one h1 and a clean console', async (path) => {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    const response = await page.goto(`${siteUrl()}${path}`, { waitUntil: 'load' });
    expect(response?.status(), `HTTP status of ${path}`).toBe(200);
    await hydrated(page, 15_000);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count(), `h1 count on ${path}`).toBe(1);
    expect(messages, `console of ${path}`).toEqual([]);
    await page.close();
  });
});
