/**
 * Study mode in Chromium, with every request to another host cut off: rating cards on /study and the due count
 * following the (emulated) clock across reloads; reading progress from scrolling, kept across reloads and shown
 * in the sidebar and on the home page; export, then import into a fresh profile; bad imports change nothing; a
 * damaged store breaks no page and can be downloaded and reset.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, COLOUR_MODE_RULES } from './axe';
import { launchChromium } from './chromium';
import { collectErrors as collectPageErrors, hydrated, scrollThrough, siteUrl } from './site';

const KEY = 'kia-study';
const T0 = new Date('2026-01-05T09:00:00Z').getTime();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let browser: Browser;
/** Requests to any other host, per context: each must stay empty. */
const foreign: string[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-study-'));

async function offlineContext(): Promise<BrowserContext> {
  // No service worker: the test sees (and cuts) every request itself.
  const context = await browser.newContext();
  const origin = new URL(siteUrl()).origin;
  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    foreign.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return context;
}

async function open(page: Page, pathname: string): Promise<void> {
  await page.goto(`${siteUrl()}${pathname}`);
  await hydrated(page);
}

const stored = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), KEY);
/**
 * Keys reach a card only once its effects ran: the card focuses "Show answer" (or the revealed answer) in the
 * same effect pass that attaches its key handler, so the focus says the handler is there. Pressing Space or a
 * rating before that, as a loaded machine shows, is a key no one hears.
 */
const focusedPart = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active?.hasAttribute('data-review-answer')) return 'answer';
    return active?.textContent?.startsWith('Show answer') ? 'reveal' : '';
  });

async function revealByKey(page: Page): Promise<void> {
  await expect.poll(() => focusedPart(page)).toBe('reveal');
  await page.keyboard.press('Space');
  await expect.poll(() => focusedPart(page)).toBe('answer');
}

const dueCount = async (page: Page) => Number(await page.locator('[data-due-count]').getAttribute('data-due-count'));

// These contexts block service workers (see offlineContext), which the site's registration reports.
const collectErrors = (page: Page): string[] =>
  collectPageErrors(page, (message) => message.startsWith('Service worker registration failed'));

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  expect(foreign).toEqual([]);
});

describe('study mode', () => {
  let reader: BrowserContext;
  let exported = '';

  test('rated cards are rescheduled: the due count survives a reload and follows the clock', async () => {
    reader = await offlineContext();
    const page = await reader.newPage();
    const errors = collectErrors(page);
    await page.clock.setFixedTime(T0);
    await open(page, '/study?chapter=ch04-replication-controllers');
    await expect.poll(() => dueCount(page)).toBe(0);
    await page.getByRole('button', { name: 'Learn this chapter' }).click();
    await expect.poll(() => dueCount(page)).toBe(9);

    // Space reveals; the buttons show the interval each rating schedules (a new card: 1m, 6m, 10m, days).
    await revealByKey(page);
    await expect.poll(() => page.locator('[data-rating="3"]').textContent()).toContain('Good · 10m');
    await expect.poll(() => page.locator('[data-rating="1"]').textContent()).toContain('Again · 1m');
    await page.keyboard.press('3');
    await expect.poll(() => dueCount(page)).toBe(8);
    await revealByKey(page);
    await page.keyboard.press('4');
    await expect.poll(() => dueCount(page)).toBe(7);
    await revealByKey(page);
    await page.locator('[data-rating="1"]').click();
    await expect.poll(() => dueCount(page)).toBe(6);

    await page.reload();
    await expect.poll(() => dueCount(page)).toBe(6);
    // Again (1 minute) comes back first, then Good (10 minutes), then Easy (days).
    await page.clock.setFixedTime(T0 + 2 * MINUTE);
    await page.reload();
    await expect.poll(() => dueCount(page)).toBe(7);
    await page.clock.setFixedTime(T0 + 11 * MINUTE);
    await page.reload();
    await expect.poll(() => dueCount(page)).toBe(8);
    await page.clock.setFixedTime(T0 + 100 * DAY);
    await page.reload();
    await expect.poll(() => dueCount(page)).toBe(9);
    await page.clock.setFixedTime(T0 + 11 * MINUTE);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('scrolling through a chapter marks its sections read; progress survives a reload and shows everywhere', async () => {
    const page = await reader.newPage();
    const errors = collectErrors(page);
    await open(page, '/ch05-services');
    const line = page.locator('[data-study-progress="ok"]');
    await expect.poll(() => line.textContent()).toMatch(/^0 of 12 sections read, 0 cards due/);
    // The tracker starts once the page is idle; then read the page at a reading pace.
    await page.waitForTimeout(1000);
    await scrollThrough(page);
    await expect.poll(() => line.textContent()).toMatch(/^([1-9]|1[012]) of 12 sections read, [1-9]\d* cards due/);
    const before = await line.textContent();

    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('[data-study-progress="ok"]').textContent()).toBe(before);
    await expect
      .poll(() => page.locator('[data-sidebar-progress]').first().getAttribute('data-sidebar-progress'))
      .toMatch(/^([1-9]|1[012])\/12$/);

    await open(page, '/');
    const panel = page.locator('[data-study-next="ok"]');
    await expect.poll(() => panel.textContent()).toMatch(/Continue:\s*5\. Services and Ingress: /);
    expect(await panel.textContent()).toMatch(/Cards due today:\s*\d+ cards to review/);
    const notStarted = await panel.locator('li').nth(2).textContent();
    expect(notStarted).toContain('4. Replication controllers');
    expect(notStarted).not.toContain('5. Services and Ingress');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('export, then import into a fresh profile, gives the same data and the same due cards', async () => {
    const page = await reader.newPage();
    await open(page, '/study');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to a file' }).click(),
    ]);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    exported = fs.readFileSync(file, 'utf8');
    expect(JSON.parse(exported)).toEqual(JSON.parse((await stored(page)) ?? 'null'));
    const due = await dueCount(page);
    expect(due).toBeGreaterThan(0);

    const fresh = await offlineContext();
    const other = await fresh.newPage();
    await other.clock.setFixedTime(T0 + 11 * MINUTE);
    await open(other, '/study');
    expect(await stored(other)).toBeNull();
    await other.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => other.locator('[data-study-message]').textContent()).toMatch(/^Imported \d+ cards/);
    expect(JSON.parse((await stored(other)) ?? 'null')).toEqual(JSON.parse(exported));
    await expect.poll(() => dueCount(other)).toBe(due);
    await fresh.close();
    await page.close();
  });

  test('with reader data shown (a revealed card, progress, the home panel) pages stay axe-clean in both modes', async () => {
    const page = await reader.newPage();
    for (const colorScheme of ['light', 'dark'] as const) {
      // Every rule in light mode; in dark mode those a colour mode can break, as in the page walk.
      const rules = colorScheme === 'dark' ? COLOUR_MODE_RULES : undefined;
      await page.emulateMedia({ colorScheme });
      await open(page, '/study');
      await revealByKey(page);
      expect(await axeViolations(page, { rules }), `/study, ${colorScheme}`).toEqual([]);
      for (const pathname of ['/ch04-replication-controllers', '/']) {
        await open(page, pathname);
        await page.locator('[data-study-progress="ok"], [data-study-next="ok"]').first().waitFor();
        expect(await axeViolations(page, { rules }), `${pathname}, ${colorScheme}`).toEqual([]);
      }
    }
    await page.close();
  });

  test('a foreign file, a newer schema and broken JSON are refused with a reason, and change nothing', async () => {
    const page = await reader.newPage();
    await open(page, '/study');
    const before = await stored(page);
    const cases: [string, string, RegExp][] = [
      ['package.json', '{"name": "not-ours", "version": "1.0.0"}', /not study data from this site/],
      ['future.json', '{"schema": "kia-study-notes", "version": 99, "cards": {}, "read": {}}', /newer version/],
      ['broken.json', '{"schema": "kia-study-notes", "version": 2, "cards": {', /not valid JSON/],
    ];
    for (const [name, text, reason] of cases) {
      const file = path.join(tmp, name);
      fs.writeFileSync(file, text);
      await page.locator('input[type="file"]').setInputFiles(file);
      const message = page.locator('[data-study-message]');
      await expect.poll(() => message.textContent()).toMatch(new RegExp(`^Nothing was imported from ${name}`));
      expect(await message.textContent()).toMatch(reason);
      expect(await stored(page)).toBe(before);
    }
    await page.close();
    await reader.close();
  });

  test('a damaged store breaks no page: it is reported, readable data can be downloaded, and reset works', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await open(page, '/');
    await page.evaluate(
      (key) => window.localStorage.setItem(key, '{"schema": "kia-study-notes", "version": 2, "cards": {'),
      KEY,
    );
    for (const pathname of ['/', '/ch06-volumes', '/commands']) {
      await open(page, pathname);
      expect(await page.locator('h1').count(), pathname).toBe(1);
    }
    await open(page, '/ch06-volumes');
    await expect.poll(() => page.locator('[data-study-progress="corrupt"]').textContent()).toContain('damaged');
    await open(page, '/');
    await page.locator('[data-study-next="corrupt"]').waitFor();
    await open(page, '/study');
    await page.locator('[data-study-corrupt]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download readable data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kia-study-(readable|damaged)-/);
    await page.getByRole('button', { name: 'Reset study data' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => stored(page)).toBeNull();
    await expect.poll(() => dueCount(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('command cards and Learn', () => {
  test('Learn shows a card at once, with the real clock', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await open(page, '/study?chapter=ch12-securing-api-server');
    await page.getByRole('button', { name: 'Learn this chapter' }).click();
    // No "next due in <1m": the chapter's cards are due now and the first is on screen.
    await page.locator('#review-question').waitFor();
    expect(await dueCount(page)).toBeGreaterThan(0);
    expect(await page.locator('[data-due-count]').textContent()).not.toContain('next is due');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a command card accepts an equivalent command and names what differs in a near miss', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await open(page, '/study?chapter=ch12-securing-api-server');
    await page.getByRole('button', { name: 'Learn this chapter' }).click();
    const typed = page.locator('#typed-command');
    // Rate the plain cards before it until the first command card (they are reviewed in id order).
    for (let n = 0; n < 20 && !(await typed.isVisible()); n += 1) {
      await revealByKey(page);
      const before = await dueCount(page);
      await page.keyboard.press('4');
      await expect.poll(() => dueCount(page)).toBe(before - 1);
    }
    expect(await page.locator('#review-question').textContent()).toBe('Create a ServiceAccount named foo.');

    // A bad input gets a message and another try.
    await typed.fill('x'.repeat(10_000));
    await page.getByRole('button', { name: 'Check' }).click();
    await expect
      .poll(() => page.locator('[data-typed-problem]').textContent())
      .toBe('That is 10,000 characters; a command here is well under 1000.');
    // An equivalent command: the alias, the short name.
    await typed.fill('k create sa foo');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.locator('[data-verdict="same"]').waitFor();
    await expect.poll(() => focusedPart(page)).toBe('answer');
    await page.keyboard.press('3');

    // The next command card: a near miss is named.
    await expect.poll(() => page.locator('#review-question').textContent()).toBe('Describe the foo ServiceAccount.');
    await typed.fill('kubectl describ sa foo');
    await typed.press('Enter');
    await expect
      .poll(() => page.locator('[data-verdict="different"]').textContent())
      .toContain('describ is not a kubectl command; did you mean describe?');
    expect(errors).toEqual([]);
    await context.close();
  });
});
