/**
 * Offline reading, in a plain browser tab (no installed app), from the site as deployed: served by Debian's
 * nginx with deploy/nginx.conf, under its Content-Security-Policy. Open the home page once, let the service
 * worker precache the site, cut the network, then open every page of the sitemap. Each renders its
 * content, its diagrams draw, search answers, a manifest's Copy, Download and Raw work, the manifest
 * editor validates, an address that is not saved gets the offline page, and no page reports a CSP
 * violation (so the pages need no `unsafe-eval` and no inline script but the one the policy allows by
 * hash). Also: Chromium's install criteria are met.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium, launchChromium } from '../e2e/chromium';
import { hydrated } from '../e2e/site';
import { lineOf, openEditor, replaceLine, summary, VALID } from '../e2e/editor-support';
import { cachedEntries, precacheSize, waitForServiceWorker } from '../e2e/offline-support';
import { builtH1, readHtml, select, selectAll, sitemapPaths } from '../builtHtml';
import { htmlFileOf } from '../../src/plugins/offline/offlinePage';
import { startNginx, type RunningNginx } from './nginx';
import { violations, watchForViolations } from './support';

const paths = sitemapPaths();

let nginx: RunningNginx;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx('build');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const siteUrl = (): string => nginx.url;

/** Opens a page in the context, recording console errors and uncaught exceptions. */
async function open(
  context: BrowserContext,
  pathname: string,
): Promise<{ page: Page; errors: string[]; status?: number; fromSW?: boolean }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${siteUrl()}${pathname}`);
  return { page, errors, status: response?.status(), fromSW: response?.fromServiceWorker() };
}

describe('offline, after one visit to the home page', () => {
  let context: BrowserContext;
  let csp: string | undefined;
  let firstVisitViolations: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'allow' });
    await watchForViolations(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
    const first = await context.newPage();
    const response = await first.goto(`${siteUrl()}/`);
    csp = response?.headers()['content-security-policy'];
    await waitForServiceWorker(first);
    firstVisitViolations = await violations(first);
    await first.close();
    await context.setOffline(true);
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the one visit was under the Content-Security-Policy and broke none of it', () => {
    expect(csp).toContain("default-src 'self'");
    expect(firstVisitViolations).toEqual([]);
  });

  test('the one visit stored every file of the precache manifest, and the network is really cut', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/`);
    expect(await cachedEntries(page)).toBe(precacheSize());
    // Not precached on purpose (the sitemap is for crawlers): it can only come from the network.
    const network = await page.evaluate(async () => {
      try {
        await fetch('/sitemap.xml', { cache: 'no-store' });
        return 'reached the network';
      } catch {
        return 'no network';
      }
    });
    expect(network).toBe('no network');
    await page.close();
  });

  test.each(paths)('%s opens with its content, diagrams and no errors', async (pathname) => {
    const { page, errors, status, fromSW } = await open(context, pathname);
    expect(status).toBe(200);
    expect(fromSW).toBe(true);
    await hydrated(page, 15_000);
    const file = htmlFileOf('build', pathname);
    expect(file, `built page for ${pathname}`).toBeDefined();
    const built = readHtml(file as string);
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(builtH1(file as string));
    // The same content blocks as the built page: code blocks (manifests included) and diagrams.
    const builtMain = select(built, 'main');
    expect(await page.locator('main pre').count()).toBe(builtMain ? selectAll(builtMain, 'pre').length : 0);
    // Every diagram's render for the current colour mode loads from the precache.
    const diagrams = page.locator('img.diagram-light');
    const expectedDiagrams = selectAll(built, 'img.diagram-light').length;
    expect(await diagrams.count()).toBe(expectedDiagrams);
    for (let index = 0; index < expectedDiagrams; index += 1) {
      await diagrams.nth(index).scrollIntoViewIfNeeded();
      await expect
        .poll(() => diagrams.nth(index).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
    }
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the notes have diagrams, and all of them drew offline above', () => {
    const total = paths
      .map((pathname) => readHtml(htmlFileOf('build', pathname) as string))
      .reduce((sum, document) => sum + selectAll(document, 'img.diagram-light').length, 0);
    expect(total).toBeGreaterThanOrEqual(16);
  });

  test('search answers from the navbar box and opens the result', async () => {
    const { page, errors } = await open(context, '/ch04-replication-controllers');
    await hydrated(page);
    await page.locator('input.navbar__search-input').fill('configmap');
    const options = page.locator('[role="listbox"] [role="option"]');
    await options.first().waitFor({ timeout: 20_000 });
    expect(await options.count()).toBeGreaterThan(0);
    expect(await options.first().textContent()).toMatch(/ConfigMap/i);
    await options.first().click();
    await page.waitForURL(/\/ch07-configmaps-secrets/);
    // The URL changes before the new route has its chunks (frame, then body) and renders: wait for it.
    await page
      .locator('h1', { hasText: /ConfigMaps/ })
      .first()
      .waitFor();
    expect(await page.locator('h1').first().textContent()).toMatch(/ConfigMaps/);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the search page lists results', async () => {
    const { page, errors } = await open(context, '/search?q=statefulset');
    await hydrated(page);
    const results = page.locator('[role="option"][data-href^="/ch10-statefulsets"]');
    await results.first().waitFor({ timeout: 20_000 });
    expect(await results.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a manifest’s Copy, Download and Raw work', async () => {
    const file = 'ch04/kubia-rc.yml';
    const text = fs.readFileSync(path.join('manifests', file), 'utf8');
    const { page, errors } = await open(context, '/ch04-replication-controllers');
    await hydrated(page);
    const manifest = page.locator(`[data-manifest="${file}"]`);

    await manifest.getByRole('button', { name: 'Copy kubia-rc.yml to the clipboard' }).click();
    await expect.poll(() => manifest.getByRole('status').textContent()).toBe('Copied kubia-rc.yml');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      manifest.getByRole('button', { name: 'Download kubia-rc.yml' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kubia-rc.yml');
    expect(fs.readFileSync(await download.path(), 'utf8')).toBe(text);

    const raw = await context.newPage();
    const response = await raw.goto(`${siteUrl()}/manifests/${file}`);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await response?.text()).toBe(text);
    expect((await raw.evaluate(() => document.body.innerText)).trimEnd()).toBe(text.trimEnd());
    await raw.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  // The editor's own chunk, CodeMirror and the schema of a kind come from the precache, and validating
  // needs nothing the policy forbids (no eval: kubernetes-models ships Ajv standalone validators, compiled
  // ahead of time).
  test('the manifest editor and the schema of a kind load and validate', async () => {
    const { page, errors } = await open(context, '/ch09-deployments');
    await hydrated(page);
    const file = 'ch09/kubia-deployment-v1.yml';
    const editor = await openEditor(page, file);
    await expect.poll(() => summary(editor)).toBe(VALID);
    const line = lineOf(fs.readFileSync(path.join('manifests', file), 'utf8'), 'replicas: 3');
    await replaceLine(page, editor, line, 'replicas: "three"');
    await editor.locator(`li[data-line="${line}"]`).waitFor();
    expect(await editor.locator(`li[data-line="${line}"]`).textContent()).toMatch(/spec\.replicas.*must be an integer/);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an address that is not saved gets the offline page, which links every saved page', async () => {
    const { page, status } = await open(context, '/no-such-chapter');
    expect(status).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('You are offline');
    const links = await page
      .locator('main li a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect([...links].sort()).toEqual([...paths].sort());
    // A saved page opens from there.
    await page.locator('main li a[href="/ch09-deployments"]').click();
    await page.waitForURL(/\/ch09-deployments$/);
    await page
      .locator('h1', { hasText: /Deployments/ })
      .first()
      .waitFor();
    expect(await page.locator('h1').first().textContent()).toMatch(/Deployments/);
    await page.close();
  });
});

describe('installable', () => {
  test('Chromium reports no installability errors and reads the manifest with its icons', async () => {
    // A profile on disk: Chromium never offers to install from an incognito context (newContext()).
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-install-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: ensureChromium(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${siteUrl()}/`);
    // No wait for the service worker (a fill of the precache, 15 s of this test on a busy machine):
    // Chromium no longer requires one to install an app, and offline reading is tested above.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
    const { url, errors, data } = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string }[];
      data?: string;
    };
    expect(url).toBe(`${siteUrl()}/manifest.json`);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}') as { name: string; short_name: string; display: string };
    expect(manifest.short_name).toBe('KiA notes');
    expect(manifest.display).toBe('standalone');
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe('#2a5bd7');
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });
});
