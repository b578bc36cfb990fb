/**
 * Updates reach readers. The production build (build/) is deployed and visited; then a second build of
 * the site with one changed page is deployed at the same address (scripts/static-server.mjs swaps its
 * folder, as a host does on deploy). A tab that stays open, and a reader who comes back later, both see
 * "New version available"; Reload shows the new text.
 *
 * The second build is made from a copy of the site in a temporary folder, unminified and without
 * Rspack's persistent cache (faster, and it leaves the shared cache alone): about 20 s.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { cachedEntries, precacheSize, waitForServiceWorker } from './offline-support';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { hydrated } from './site';

const MARKER = `Updated notes, build ${Date.now()}`;
const SKIP = new Set(['build', '.docusaurus', 'node_modules', '.git', 'test-results']);

let workDir: string;
let nextBuild: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-update-'));
  const siteCopy = path.join(workDir, 'site');
  nextBuild = path.join(workDir, 'build-next');
  fs.cpSync(process.cwd(), siteCopy, {
    recursive: true,
    filter: (source) => !SKIP.has(path.relative(process.cwd(), source).split(path.sep)[0] ?? ''),
  });
  fs.symlinkSync(fs.realpathSync('node_modules'), path.join(siteCopy, 'node_modules'));
  fs.appendFileSync(path.join(siteCopy, 'docs/index.mdx'), `\n\n${MARKER}.\n`);
  const result = spawnSync('npx', ['docusaurus', 'build', '--no-minify', '--out-dir', nextBuild], {
    cwd: siteCopy,
    env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Second build failed:\n${result.stdout}\n${result.stderr}`);
  server = await startStaticServer({ root: 'build' });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

const prompt = (page: Page) => page.locator('[data-reload-prompt]');

/** First visit to the current deploy; returns once the whole site is precached and controls the page. */
async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForServiceWorker(page);
  expect(await cachedEntries(page)).toBe(precacheSize('build'));
  expect(await page.getByText(MARKER).count()).toBe(0);
  return page;
}

/** Clicks Reload and waits for the new version to load in its place. */
async function acceptUpdate(page: Page): Promise<void> {
  await Promise.all([
    page.waitForEvent('load', { timeout: 30_000 }),
    prompt(page).getByRole('button', { name: 'Reload' }).click(),
  ]);
  await hydrated(page);
}

describe('updates', () => {
  test('the next build really changes the home page and the precache', () => {
    expect(fs.readFileSync(path.join(nextBuild, 'index.html'), 'utf8')).toContain(MARKER);
    expect(fs.readFileSync(path.join(nextBuild, 'sw.js'), 'utf8')).not.toBe(fs.readFileSync('build/sw.js', 'utf8'));
  });

  test('a tab left open shows the prompt after a deploy (on reconnecting), and Reload shows the new page', async () => {
    server.setRoot('build');
    const context = await browser.newContext();
    const page = await firstVisit(context);
    server.setRoot(nextBuild);
    // The tab checks for a new version when the network comes back (also hourly and when it is shown).
    await context.setOffline(true);
    await context.setOffline(false);
    await prompt(page).waitFor({ timeout: 60_000 });
    expect(await prompt(page).textContent()).toMatch(/New version available/);
    // Until the reader accepts, the page stays the version it was.
    expect(await page.getByText(MARKER).count()).toBe(0);
    await acceptUpdate(page);
    expect(await page.getByText(MARKER).count()).toBe(1);
    expect(await prompt(page).count()).toBe(0);
    expect(await cachedEntries(page)).toBe(precacheSize(nextBuild));
    await context.close();
  });

  test('a reader who comes back after a deploy gets the old page at once, then the prompt, then the new page', async () => {
    server.setRoot('build');
    const context = await browser.newContext();
    const page = await firstVisit(context);
    await page.close();
    server.setRoot(nextBuild);
    const again = await context.newPage();
    await again.goto(`${server.url}/`);
    // Served from the precache at once (no waiting for the network), the new version installs meanwhile.
    expect(await again.getByText(MARKER).count()).toBe(0);
    await prompt(again).waitFor({ timeout: 60_000 });
    await acceptUpdate(again);
    expect(await again.getByText(MARKER).count()).toBe(1);
    // Later visits get the new version straight away, offline too.
    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(`${server.url}/`);
    expect(await offline.getByText(MARKER).count()).toBe(1);
    expect(await prompt(offline).count()).toBe(0);
    await context.close();
  });

  test('"Later" hides the prompt, and it comes back on the next page load while the update waits', async () => {
    server.setRoot('build');
    const context = await browser.newContext();
    const page = await firstVisit(context);
    server.setRoot(nextBuild);
    await context.setOffline(true);
    await context.setOffline(false);
    await prompt(page).waitFor({ timeout: 60_000 });
    await prompt(page).getByRole('button', { name: 'Later' }).click();
    expect(await prompt(page).count()).toBe(0);
    await page.reload();
    await prompt(page).waitFor({ timeout: 30_000 });
    expect(await page.getByText(MARKER).count()).toBe(0);
    await context.close();
  });
});
