/**
 * The explained words of kubectl commands in a chapter: opened from the keyboard (Tab to a command line,
 * arrows between its words, Enter into the explanation, Escape back to the word), by a tap on a phone, and
 * by pointing; the popover moves nothing on the page, and its script is not loaded before first use. On
 * /commands, a row is plain code until its first use, which fetches the words file once.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, siteUrl } from './site';

const CHAPTER = '/ch09-deployments';
const WORD = '.kia-code a[href^="#kx"]';
const CHUNK = /\/command-words\.[0-9a-f]+\.js$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the chapter, recording script requests and layout shifts. */
async function openChapter(page: Page): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${siteUrl()}${CHAPTER}`);
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  return scripts;
}

const shiftTotal = (page: Page) =>
  page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));

const popoverText = (page: Page) => page.locator('#kx-popover').innerText();

describe('kubectl command words', () => {
  test('a command written inline in the prose: its words open their explanations too (focus, arrows, tap)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openChapter(page);
    // Inline code of a paragraph, not a code block.
    const inline = page.locator('p > code:has(a[href^="#kx"])').first();
    await inline.scrollIntoViewIfNeeded();
    const words = inline.locator('a[href^="#kx"]');
    expect(await words.count()).toBeGreaterThan(2);
    // One Tab stop per command: the first word.
    expect(await inline.locator('a[href^="#kx"]:not([tabindex])').count()).toBe(1);
    await words.first().focus();
    await page.locator('#kx-popover').waitFor({ state: 'visible' });
    const first = (await words.first().textContent()) ?? '';
    expect(await popoverText(page)).toMatch(first === 'k' ? /alias for kubectl/ : /Kubernetes command line/);
    await page.keyboard.press('ArrowRight');
    const verb = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    expect(verb).toBe(await words.nth(1).textContent());
    expect(await popoverText(page)).toContain(`${verb} · verb`);
    await page.keyboard.press('Escape');
    await page.locator('#kx-popover').waitFor({ state: 'hidden' });
    // A click (a tap) on the third word opens its explanation.
    await words.nth(2).click();
    await page.locator('#kx-popover').waitFor({ state: 'visible' });
    expect(await popoverText(page)).toContain((await words.nth(2).textContent()) ?? '?');
    await context.close();
  });

  test('by keyboard: Tab to a command, arrows between words, Enter opens, Escape closes and focus returns', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const scripts = await openChapter(page);
    expect(scripts.filter((url) => CHUNK.test(url))).toEqual([]);

    // The block of the first command line that is `k rollout ...` or `kubectl ...`: Tab from its <pre>.
    const first = page.locator(`${WORD}:not([tabindex])`).first();
    await first.scrollIntoViewIfNeeded();
    const box = first.locator('xpath=ancestor::pre');
    await box.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^#kx\d+$/);
    const firstWord = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    expect(['k', 'kubectl']).toContain(firstWord);
    await page.locator('#kx-popover').waitFor({ state: 'visible' });
    expect(scripts.filter((url) => CHUNK.test(url)).length).toBe(1);
    expect(await popoverText(page)).toMatch(firstWord === 'k' ? /alias for kubectl/ : /Kubernetes command line/);
    const described = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
    expect(described).toBe('kx-popover');

    // The next word is the verb.
    await page.keyboard.press('ArrowRight');
    const verb = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    expect(verb).toMatch(/^[a-z-]+$/);
    expect(await popoverText(page)).toContain(`${verb} · verb`);

    const before = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      y: document.activeElement?.getBoundingClientRect().top,
    }));
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kx-popover');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    expect(await popoverText(page)).toContain(verb);
    // Opening it moved nothing: same page height, same word position, no layout shift.
    const after = await page.evaluate(
      (href) => ({
        height: document.documentElement.scrollHeight,
        y: document.querySelector(`a[href="${href}"][aria-expanded="true"]`)?.getBoundingClientRect().top,
      }),
      (await page.locator('a[aria-expanded="true"]').getAttribute('href')) ?? '',
    );
    expect(after).toEqual(before);
    expect(await shiftTotal(page)).toBeLessThan(0.001);

    await page.keyboard.press('Escape');
    await page.locator('#kx-popover').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(verb);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBeNull();
    await context.close();
  });

  test('by tap on a phone: the explanation shows, inside the screen, and a tap elsewhere closes it', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const scripts = await openChapter(page);
    expect(scripts.filter((url) => CHUNK.test(url))).toEqual([]);
    const resource = page.locator(WORD, { hasText: /^deployment$/ }).first();
    await resource.scrollIntoViewIfNeeded();
    const url = page.url();
    await resource.tap();
    const popover = page.locator('#kx-popover');
    await popover.waitFor({ state: 'visible' });
    expect(page.url()).toBe(url);
    expect(await popoverText(page)).toContain('Kind: Deployment');
    const rect = await popover.boundingBox();
    expect(rect && rect.x >= 0 && rect.x + rect.width <= 360).toBe(true);
    expect(await shiftTotal(page)).toBeLessThan(0.001);
    await page.locator('h1').first().tap();
    await popover.waitFor({ state: 'hidden' });
    await context.close();
  });

  test('by pointing with a mouse: hovering a flag shows its value and default', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openChapter(page);
    const flag = page.locator(WORD, { hasText: /^--to-revision=/ }).first();
    await flag.scrollIntoViewIfNeeded();
    await flag.hover();
    await page.locator('#kx-popover').waitFor({ state: 'visible' });
    const text = await popoverText(page);
    expect(text).toContain('Value: N');
    expect(text).toContain('Default: 0');
    await page.mouse.move(5, 5);
    await page.locator('#kx-popover').waitFor({ state: 'hidden' });
    await context.close();
  });
});

/**
 * /commands: each row's command is plain code at load (no word elements, no word data); its first use
 * fetches the words file once and explains it in place, without moving it; then it works as in a chapter.
 */
/** A row's command while it is plain: a Tab stop (the variants folded into a row are not explained). */
const ROW_CODE = 'li[data-command] > code[tabindex]';
const WORDS_FILE = /\/assets\/data\/command-words\.[0-9a-f]{8}\.json$/;

async function openCommands(page: Page): Promise<{ scripts: string[]; data: string[] }> {
  const data: string[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (WORDS_FILE.test(request.url())) data.push(request.url());
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${siteUrl()}/commands`);
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  expect(data).toEqual([]);
  expect(scripts.filter((url) => CHUNK.test(url))).toEqual([]);
  expect(await page.locator('a[href^="#kx"]').count()).toBe(0);
  return { scripts, data };
}

/** A stable selector of the n-th row's command (it stops being a Tab stop once explained). */
async function rowCode(page: Page, n: number): Promise<string> {
  const command =
    (await page
      .locator(ROW_CODE)
      .nth(n)
      .evaluate((code) => code.parentElement?.dataset.command)) ?? '';
  return `li[data-command="${command.replace(/["\\]/g, '\\$&')}"] > code`;
}

/**
 * Two boxes of the same text, before and after it is explained: same place and height; the width may differ
 * by the rounding of each word's box to Chromium's layout unit (1/64 px), far below a pixel.
 */
function expectSameBox(after: Box | null, before: Box | null): void {
  expect(after && before).toBeTruthy();
  if (!after || !before) return;
  expect({ x: after.x, y: after.y, height: after.height }).toEqual({ x: before.x, y: before.y, height: before.height });
  expect(Math.abs(after.width - before.width)).toBeLessThan(0.5);
}
type Box = { x: number; y: number; width: number; height: number };

const boxOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element): Box => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  });

describe('kubectl command words on /commands', () => {
  test('by keyboard: focusing a row’s command fetches the words once and explains it in place', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { data } = await openCommands(page);

    // Shift+Tab from the second row's Copy button: its command is the Tab stop before it.
    const code = await rowCode(page, 1);
    await page.locator(code).scrollIntoViewIfNeeded();
    const before = await boxOf(page, code);
    await page.locator(`${code} + button`).focus();
    await page.keyboard.press('Shift+Tab');
    await page.locator('#kx-popover').waitFor({ state: 'visible' });
    expect(data.length).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('kubectl');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('kx-popover');
    expect(await popoverText(page)).toMatch(/Kubernetes command line/);
    // Explained in place: the same box, nothing shifted, every character of it inside a word or a blank.
    expectSameBox(await boxOf(page, code), before);
    expect(await shiftTotal(page)).toBeLessThan(0.001);
    expect(await page.locator(`${code} a[href^="#kx"]`).count()).toBeGreaterThan(1);

    await page.keyboard.press('ArrowRight');
    const verb = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    expect(await popoverText(page)).toContain(`${verb} · verb`);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kx-popover');
    expect(await popoverText(page)).toContain(verb);
    await page.keyboard.press('Escape');
    await page.locator('#kx-popover').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(verb);

    // Another row: explained from the same file, not fetched again.
    const next = page.locator(ROW_CODE).nth(5);
    await next.focus();
    await page.locator('#kx-popover').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^#kx\d+$/);
    expect(data.length).toBe(1);
    await context.close();
  });

  test('by tap on a phone: the tapped word of a row opens, the row does not move', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const { data } = await openCommands(page);
    const code = page.locator(await rowCode(page, 2));
    await code.scrollIntoViewIfNeeded();
    const before = await code.boundingBox();
    // The first word, `kubectl`, is at the start of the command.
    await code.tap({ position: { x: 8, y: 6 } });
    const popover = page.locator('#kx-popover');
    await popover.waitFor({ state: 'visible' });
    expect(data.length).toBe(1);
    expect(await popoverText(page)).toMatch(/Kubernetes command line/);
    expectSameBox(await code.boundingBox(), before);
    expect(await shiftTotal(page)).toBeLessThan(0.001);
    const rect = await popover.boundingBox();
    expect(rect && rect.x >= 0 && rect.x + rect.width <= 360).toBe(true);
    await page.locator('h1').first().tap();
    await popover.waitFor({ state: 'hidden' });
    await context.close();
  });

  test('by pointing with a mouse: hovering a row’s command explains the word under the pointer', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { data } = await openCommands(page);
    const code = page.locator(ROW_CODE).first();
    await code.scrollIntoViewIfNeeded();
    await code.hover({ position: { x: 8, y: 6 } });
    await page.locator('#kx-popover').waitFor({ state: 'visible' });
    expect(data.length).toBe(1);
    expect(await popoverText(page)).toMatch(/Kubernetes command line/);
    expect(await shiftTotal(page)).toBeLessThan(0.001);
    await context.close();
  });
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.each(['light', 'dark'] as const)('/commands in %s mode', (mode) => {
  test('has no axe violations with plain rows, an explained row and its open explanation', async () => {
    const context = await browser.newContext({ colorScheme: mode });
    try {
      const page = await context.newPage();
      await openCommands(page);
      expect(await page.locator('html').getAttribute('data-theme')).toBe(mode);
      await page.locator(ROW_CODE).first().focus();
      await page.locator('#kx-popover').waitFor({ state: 'visible' });
      await page.keyboard.press('Enter');
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }
        ).axe;
        const result = await axe.run(
          { include: [['main'], ['#kx-popover']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
        );
        return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
