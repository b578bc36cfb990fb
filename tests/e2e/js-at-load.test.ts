/**
 * The JavaScript budgets of tests/site/budgets count the scripts a page runs at load from the build alone
 * (tests/site/budgets/scripts.ts reads the route table, registry and chunk maps of main.js). Here Chromium
 * says whether that model is right: on a first visit to every page of the sitemap (no service worker, no
 * cache), the scripts it fetches before the page is hydrated and the network is idle are exactly the
 * model's, no more and no fewer.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, sitemapPaths, siteUrl } from './site';
import { builtPageFile } from '../builtHtml';
import { readBundle, scriptsAtLoad } from '../site/budgets/scripts';

const buildDir = path.resolve('build');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('JavaScript at load', () => {
  const bundle = readBundle(buildDir);
  test.each(sitemapPaths(buildDir))(
    '%s: the scripts Chromium fetches on a first visit are those the budgets count',
    async (pathname) => {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const fetched = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') fetched.add(new URL(request.url()).pathname.replace(/^\//, ''));
      });
      await page.goto(`${siteUrl()}${pathname}`, { waitUntil: 'load' });
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      await context.close();
      expect([...fetched].sort()).toEqual(scriptsAtLoad(bundle, pathname, builtPageFile(buildDir, pathname)).sort());
    },
  );
});
