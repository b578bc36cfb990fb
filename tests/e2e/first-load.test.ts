/**
 * First loads. Off-screen code blocks are not laid out until the reader nears them (content-visibility),
 * but they reserve the height they will have, so the page does not jump and its scroll bar is right.
 *
 * A reader's first visit on a phone (412 px wide, touch): nothing on the page moves while it loads and
 * hydrates (the reading-progress line fills in the height reserved for it), and the closed menu's links
 * are not on the page, so Docusaurus does not prefetch every chapter's code as links "in view"; the menu
 * still opens and shows them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';
import { siteUrl } from './site';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  // Images arrive late, as on a slow network: an image without its size in the HTML moves what follows it.
  await context.route('**/*.svg', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  // Records every layout shift from the first paint on, as Lighthouse's CLS does.
  await context.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node: Node | null }[];
      })[]) {
        const sources = entry.sources.map((source) =>
          source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : String(source.node),
        );
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('first load on a phone', () => {
  // Each page with the element that shows the reader's data once it has arrived (after hydration).
  test.each([
    ['/ch07-configmaps-secrets', '[data-study-progress="ok"]'],
    ['/ch04-replication-controllers', '[data-study-progress="ok"]'],
    ['/study', '[data-due-count]'],
    ['/', '[data-study-next="ok"]'],
  ])('%s: nothing moves while it loads', async (pathname, filledIn) => {
    const page = await context.newPage();
    await page.goto(`${siteUrl()}${pathname}`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForSelector(filledIn);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts);
    expect(shifts).toEqual([]);
    await page.close();
  });

  test('the closed menu is not rendered; opening it shows the chapters', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/ch07-configmaps-secrets`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const chapterLink = page.locator('.navbar-sidebar a.menu__link[href="/ch05-services"]');
    expect(await chapterLink.count()).toBe(1);
    expect(await chapterLink.boundingBox()).toBeNull();
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    await chapterLink.waitFor({ state: 'visible' });
    expect((await chapterLink.boundingBox())?.width).toBeGreaterThan(100);
    await page.close();
  });
});

describe('off-screen code blocks', () => {
  test('reserve the height they have once laid out (within 2 px)', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await desktop.newPage();
    await page.goto(`${siteUrl()}/ch07-configmaps-secrets`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const heights = await page.evaluate(async () => {
      const blocks = Array.from(document.querySelectorAll('.kia-content .kia-code')).filter(
        (block) => block.getBoundingClientRect().top > window.innerHeight * 3 && block.getClientRects().length > 0,
      );
      const reserved = blocks.map((block) => block.getBoundingClientRect().height);
      // The code of a block the browser has not laid out is not visible to checkVisibility.
      const skipped = blocks.map(
        (block) => !block.querySelector('pre')?.checkVisibility({ contentVisibilityAuto: true }),
      );
      const laidOut: number[] = [];
      for (const block of blocks) {
        block.scrollIntoView();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        laidOut.push(block.getBoundingClientRect().height);
      }
      return reserved.map((height, index) => ({
        reserved: height,
        laidOut: laidOut[index] ?? 0,
        skipped: skipped[index],
      }));
    });
    expect(heights.length).toBeGreaterThan(20);
    expect(heights.filter(({ skipped }) => !skipped)).toEqual([]);
    const off = heights.filter(({ reserved, laidOut }) => Math.abs(reserved - laidOut) > 2);
    expect(off).toEqual([]);
    await desktop.close();
  });
});
