/**
 * The site behind deploy/nginx.conf, in Chromium: the offline flow once (one visit, network cut, every
 * page there) and a new deploy reaching the reader through the reload prompt, all under the
 * configuration's Content-Security-Policy, with no violation reported (so the pages need no
 * `unsafe-eval` and no inline script but the one the policy allows by hash).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { builtH1, cachedEntries, precacheSize, waitForServiceWorker } from '../e2e/offline-support';
import { collectErrors, scrollThrough, sitemapPaths } from '../e2e/site';
import { htmlFileOf } from '../../src/plugins/offline/offlinePage';
import { startNginx, type RunningNginx } from './nginx';
import { deployMarker, nextDeploy, violations, watchForViolations } from './support';

let nginx: RunningNginx;
let browser: Browser;
let workDir: string;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-nginx-browser-'));
  nginx = await startNginx('build');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('behind nginx, under its Content-Security-Policy', () => {
  test('one visit, then offline: every page of the sitemap opens from the service worker, search works', async () => {
    nginx.deploy('build');
    const context = await browser.newContext();
    await watchForViolations(context);
    const first = await context.newPage();
    const firstErrors = collectErrors(first);
    const response = await first.goto(`${nginx.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await waitForServiceWorker(first);
    expect(await cachedEntries(first)).toBe(precacheSize());
    expect(await violations(first)).toEqual([]);
    expect(firstErrors).toEqual([]);
    await first.close();

    await context.setOffline(true);
    for (const pathname of sitemapPaths()) {
      const page = await context.newPage();
      const errors = collectErrors(page);
      const answer = await page.goto(`${nginx.url}${pathname}`);
      expect(answer?.status(), pathname).toBe(200);
      expect(answer?.fromServiceWorker(), pathname).toBe(true);
      await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 15_000 });
      const file = htmlFileOf('build', pathname) as string;
      expect((await page.locator('h1').first().textContent())?.trim(), pathname).toBe(builtH1(file));
      // Diagram images load as they come into view: bring them in under the policy too.
      if (fs.readFileSync(file, 'utf8').includes('diagram-light')) await scrollThrough(page);
      expect(await violations(page), pathname).toEqual([]);
      expect(errors, pathname).toEqual([]);
      await page.close();
    }

    const page: Page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${nginx.url}/ch05-services`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.locator('input.navbar__search-input').fill('configmap');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    // Every page of the site, one after the other: about 50 s on an idle 2-core machine.
  }, 240_000);

  test('a new deploy reaches an open tab through the reload prompt', async () => {
    const marker = `deploy-${Date.now()}`;
    const next = nextDeploy('build', path.join(workDir, 'next'), marker);
    nginx.deploy('build');
    const context = await browser.newContext();
    await watchForViolations(context);
    const page = await context.newPage();
    await page.goto(`${nginx.url}/`);
    await waitForServiceWorker(page);
    expect(await deployMarker(page)).toBeNull();

    nginx.deploy(next);
    // The tab checks for a new version when the network comes back.
    await context.setOffline(true);
    await context.setOffline(false);
    const prompt = page.locator('[data-reload-prompt]');
    await prompt.waitFor({ timeout: 60_000 });
    await Promise.all([
      page.waitForEvent('load', { timeout: 30_000 }),
      prompt.getByRole('button', { name: 'Reload' }).click(),
    ]);
    expect(await deployMarker(page)).toBe(marker);
    expect(await violations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
