/**
 * The site built for a sub-path (`BASE_URL=/kia/`) and served there by deploy/nginx.conf works end to
 * end: every local address in the pages is under /kia/, the commands show the address the page is
 * served from, and offline reading works (the service worker's scope is /kia/).
 *
 * The build (tests/deploy/basePathBuild.mjs) has its own generated-files folder and no persistent cache,
 * so build/ and .docusaurus/ of the main build stay as they are.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { cachedEntries, precacheSize, waitForServiceWorker } from '../e2e/offline-support';
import { attr, builtH1, localUrlsOf, readHtml, select, sitemapPaths, textOf } from '../builtHtml';
import { htmlFileOf } from '../../src/plugins/offline/offlinePage';
import { listFiles } from '../../src/plugins/offline/precache';
import { startNginx, type RunningNginx } from './nginx';
import { collectErrors } from '../e2e/site';
import { BASE, BASE_PATH_BUILD_ENV, SITE, buildForBasePath } from './basePathBuild.mjs';

let workDir: string;
let outDir: string;
let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-base-path-'));
  // npm test makes the build beside the site tests (tests/run-all.mjs); run alone, the test makes it.
  const prebuilt = process.env[BASE_PATH_BUILD_ENV];
  if (prebuilt && fs.existsSync(path.join(prebuilt, 'index.html'))) {
    outDir = prebuilt;
  } else {
    outDir = path.join(workDir, 'build-kia');
    const { ok, output } = await buildForBasePath(outDir);
    if (!ok) throw new Error(`BASE_URL=${BASE} build failed:\n${output}`);
  }
  nginx = await startNginx(outDir, { mountPath: BASE });
  browser = await launchChromium();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/** The file of a route of the /kia/ build (`/kia/ch05-services` -> ch05-services.html). */
const fileOf = (route: string): string | undefined => htmlFileOf(outDir, route.slice(BASE.length - 1));

describe(`a build with BASE_URL=${BASE}`, () => {
  test('every local address in every page and in the offline page is under the base path', () => {
    const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
    expect(pages).toContain('offline.html');
    const outside = pages.flatMap((page) =>
      localUrlsOf(readHtml(path.join(outDir, page)))
        .filter((url) => !url.startsWith(BASE))
        .map((url) => `${page}: ${url}`),
    );
    expect(outside).toEqual([]);
    const manifestLink = select(readHtml(path.join(outDir, 'index.html')), 'link[rel=manifest]');
    expect(manifestLink && attr(manifestLink, 'href')).toBe('/kia/manifest.json');
  });

  test('the static HTML tells readers to apply manifests from the build address', () => {
    const main = select(readHtml(path.join(outDir, 'ch05-services.html')), 'main');
    expect(main && textOf(main)).toContain(`kubectl apply -f ${SITE}/kia/manifests/ch05/kubia-svc.yml`);
  });

  test('served under /kia/: one visit, then offline, every page opens; commands show the served address', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const first = await context.newPage();
    const firstErrors = collectErrors(first);
    await first.goto(`${nginx.url}${BASE}`);
    await waitForServiceWorker(first);
    const scope = await first.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${nginx.url}${BASE}`);
    expect(await cachedEntries(first)).toBe(precacheSize(outDir));
    expect(firstErrors).toEqual([]);
    await first.close();

    await context.setOffline(true);
    const routes = sitemapPaths(outDir);
    expect(routes.every((route) => route.startsWith(BASE))).toBe(true);
    for (const route of routes) {
      const page = await context.newPage();
      const errors = collectErrors(page);
      const response = await page.goto(`${nginx.url}${route}`);
      expect(response?.status(), route).toBe(200);
      expect(response?.fromServiceWorker(), route).toBe(true);
      await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 30_000 });
      expect((await page.locator('h1').first().textContent())?.trim(), route).toBe(builtH1(fileOf(route) as string));
      expect(errors, route).toEqual([]);
      await page.close();
    }

    const chapter = await context.newPage();
    await chapter.goto(`${nginx.url}${BASE}ch05-services`);
    await chapter.waitForSelector('html[data-has-hydrated="true"]');
    await expect
      .poll(() => chapter.locator('[data-manifest="ch05/kubia-svc.yml"] p').textContent())
      .toContain(`kubectl apply -f ${nginx.url}${BASE}manifests/ch05/kubia-svc.yml`);
    const raw = await chapter
      .locator('[data-manifest="ch05/kubia-svc.yml"] a', { hasText: 'Raw' })
      .getAttribute('href');
    expect(raw).toBe(`${BASE}manifests/ch05/kubia-svc.yml`);
    const rawPage = await context.newPage();
    const rawResponse = await rawPage.goto(`${nginx.url}${raw}`);
    expect(rawResponse?.fromServiceWorker()).toBe(true);
    expect(await rawPage.locator('body').textContent()).toContain('kind: Service');

    // An address that is not saved gets the offline page, whose links stay under /kia/.
    const missing = await context.newPage();
    await missing.goto(`${nginx.url}${BASE}no-such-page`);
    expect(await missing.locator('h1').textContent()).toBe('You are offline');
    expect(await missing.locator(`a[href="${BASE}ch05-services"]`).count()).toBe(1);
    await context.close();
    // Every page of the site offline: under a minute on an idle machine, more when five builds share it.
  }, 240_000);
});
