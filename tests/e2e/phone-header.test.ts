/**
 * The navbar on a phone (360 and 390 px wide), in both colour modes: the menu button, the brand and the
 * search box side by side, none over another, nothing wider than the screen; the brand link keeps its
 * name for screen readers when only the logo shows. On a desktop the site title still shows.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, siteUrl } from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The laid-out boxes of the navbar's visible parts (an element hidden or clipped to nothing has none). */
function navbarBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const parts: [string, string][] = [
      ['menu button', '.navbar__toggle'],
      ['logo', '.navbar__brand .navbar__logo'],
      ['title', '.navbar__brand .navbar__title'],
      ['search box', '.navbar__search-input'],
    ];
    return parts.flatMap(([name, selector]) => {
      const element = document.querySelector(selector);
      if (!element?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return [];
      const { left, right, top, bottom, width, height } = element.getBoundingClientRect();
      // A visually hidden element (1 px, clipped) is for screen readers only.
      if (width <= 1 || height <= 1) return [];
      return [{ name, left, right, top, bottom }];
    });
  });
}

const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function open(width: number, colorScheme: 'light' | 'dark', path: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    isMobile: width < 600,
    hasTouch: width < 600,
    colorScheme,
  });
  const page = await context.newPage();
  await page.goto(`${siteUrl()}${path}`);
  await hydrated(page);
  // The logo is an image: its box is reserved from the HTML, but wait for it to be drawn.
  await page.waitForFunction(() => {
    const logo = document.querySelector<HTMLImageElement>('.navbar__brand .navbar__logo img');
    return logo?.complete && logo.naturalWidth > 0;
  });
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
  return page;
}

describe.each([360, 390])('the navbar %i px wide', (width) => {
  test.each([
    ['light', '/ch05-services'],
    ['dark', '/ch05-services'],
    ['light', '/'],
    ['dark', '/study'],
  ] as const)('%s mode, %s: nothing overlaps or overflows; the brand keeps its name', async (colorScheme, path) => {
    const page = await open(width, colorScheme, path);
    const boxes = await navbarBoxes(page);
    const names = boxes.map((box) => box.name);
    expect(names).toEqual(expect.arrayContaining(['menu button', 'logo', 'search box']));
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        expect(overlap(a, b), `${a.name} over ${b.name}: ${JSON.stringify([a, b])}`).toBe(false);
      }
      expect(a.left, a.name).toBeGreaterThanOrEqual(0);
      expect(a.right, a.name).toBeLessThanOrEqual(width);
    }
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      navbar: (() => {
        const navbar = document.querySelector('.navbar') as HTMLElement;
        return navbar.scrollWidth - navbar.clientWidth;
      })(),
    }));
    expect(overflow).toEqual({ page: 0, navbar: 0 });
    // The logo's alt is empty (the title says it): the link is still named, on every width.
    expect(await page.getByRole('link', { name: 'KiA study notes', exact: true }).first().isVisible()).toBe(true);
    await page.context().close();
  });
});

test.each(['light', 'dark'] as const)('on a desktop (%s) the title shows beside the logo', async (colorScheme) => {
  const page = await open(1280, colorScheme, '/ch05-services');
  const boxes = await navbarBoxes(page);
  expect(boxes.map((box) => box.name)).toEqual(expect.arrayContaining(['logo', 'title', 'search box']));
  expect(await page.locator('.navbar__brand .navbar__title').textContent()).toBe('KiA study notes');
  await page.context().close();
});
