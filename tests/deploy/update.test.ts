/**
 * Updates reach readers. The production build (build/) is deployed and visited; then the next deploy
 * (a copy of the build with the home page changed and its precache revision in sw.js to match, as a
 * rebuild with one changed page gives: tests/deploy/support.ts) is deployed at the same address
 * (Debian's nginx with deploy/nginx.conf swaps its folder, as a host does on deploy). A tab that stays open, and a
 * reader who comes back later, both see "New version available"; Reload shows the new page, and nothing
 * on the way breaks the configuration's Content-Security-Policy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { cachedEntries, precacheSize, waitForServiceWorker } from '../e2e/offline-support';
import { hydrated } from '../e2e/site';
import { startNginx, type RunningNginx } from './nginx';
import { deployMarker, nextDeploy, violations, watchForViolations } from './support';

const MARKER = `deploy-${Date.now()}`;

let workDir: string;
let nextBuild: string;
let server: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-update-'));
  nextBuild = nextDeploy('build', path.join(workDir, 'build-next'), MARKER);
  server = await startNginx('build');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

const prompt = (page: Page) => page.locator('[data-reload-prompt]');

/** A fresh reader, whose pages record any Content-Security-Policy violation (checked after each update). */
async function watchedContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await watchForViolations(context);
  return context;
}

/** First visit to the current deploy; returns once the whole site is precached and controls the page. */
async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForServiceWorker(page);
  expect(await cachedEntries(page)).toBe(precacheSize('build'));
  expect(await deployMarker(page)).toBeNull();
  return page;
}

/** Clicks Reload and waits for the new version to load in its place. */
async function acceptUpdate(page: Page): Promise<void> {
  await Promise.all([
    page.waitForEvent('load', { timeout: 30_000 }),
    prompt(page).getByRole('button', { name: 'Reload' }).click(),
  ]);
  await hydrated(page);
  expect(await violations(page)).toEqual([]);
}

describe('updates', () => {
  test('the next build really changes the home page and the precache', () => {
    expect(fs.readFileSync(path.join(nextBuild, 'index.html'), 'utf8')).toContain(MARKER);
    expect(fs.readFileSync(path.join(nextBuild, 'sw.js'), 'utf8')).not.toBe(fs.readFileSync('build/sw.js', 'utf8'));
  });

  test('a tab left open shows the prompt after a deploy (on reconnecting), and Reload shows the new page', async () => {
    server.deploy('build');
    const context = await watchedContext();
    const page = await firstVisit(context);
    server.deploy(nextBuild);
    // The tab checks for a new version when the network comes back (also hourly and when it is shown).
    await context.setOffline(true);
    await context.setOffline(false);
    await prompt(page).waitFor({ timeout: 60_000 });
    expect(await prompt(page).textContent()).toMatch(/New version available/);
    // Until the reader accepts, the page stays the version it was.
    expect(await deployMarker(page)).toBeNull();
    await acceptUpdate(page);
    expect(await deployMarker(page)).toBe(MARKER);
    expect(await prompt(page).count()).toBe(0);
    expect(await cachedEntries(page)).toBe(precacheSize(nextBuild));
    await context.close();
  });

  test('a reader who comes back after a deploy gets the old page at once, then the prompt, then the new page', async () => {
    server.deploy('build');
    const context = await watchedContext();
    const page = await firstVisit(context);
    await page.close();
    server.deploy(nextBuild);
    const again = await context.newPage();
    await again.goto(`${server.url}/`);
    // Served from the precache at once (no waiting for the network), the new version installs meanwhile.
    expect(await deployMarker(again)).toBeNull();
    await prompt(again).waitFor({ timeout: 60_000 });
    await acceptUpdate(again);
    expect(await deployMarker(again)).toBe(MARKER);
    // Later visits get the new version straight away, offline too.
    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(`${server.url}/`);
    expect(await deployMarker(offline)).toBe(MARKER);
    expect(await prompt(offline).count()).toBe(0);
    await context.close();
  });

  test('"Later" hides the prompt, and it comes back on the next page load while the update waits', async () => {
    server.deploy('build');
    const context = await watchedContext();
    const page = await firstVisit(context);
    server.deploy(nextBuild);
    await context.setOffline(true);
    await context.setOffline(false);
    await prompt(page).waitFor({ timeout: 60_000 });
    await prompt(page).getByRole('button', { name: 'Later' }).click();
    expect(await prompt(page).count()).toBe(0);
    await page.reload();
    await prompt(page).waitFor({ timeout: 30_000 });
    expect(await deployMarker(page)).toBeNull();
    await context.close();
  });
});
