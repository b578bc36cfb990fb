/**
 * The explained words of kubectl commands in a chapter: opened from the keyboard (Tab to a command line,
 * arrows between its words, Enter into the explanation, Escape back to the word), by a tap on a phone, and
 * by pointing; the popover moves nothing on the page, and its script is not loaded before first use.
 */
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
  test('by keyboard: Tab to a command, arrows between words, Enter opens, Escape closes and focus returns', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
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
      serviceWorkers: 'block',
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
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
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
