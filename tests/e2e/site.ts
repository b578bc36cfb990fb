/** Shared helpers for browser tests: the served site's address, its sitemap, and when a page is ready. */
import { inject } from 'vitest';
import type { Page } from 'playwright-core';

export function siteUrl(): string {
  return inject('siteUrl');
}

/** Paths of every page in the built sitemap (`/`, `/ch05-services`, ...), read by the one reader of the build. */
export { sitemapPaths } from '../builtHtml';

/**
 * Scrolls through the whole page at a reader's pace (half a screen every 50 ms), for what reacts to
 * reading (the study progress tracker).
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

/**
 * Brings every lazily loaded part of the page into view (diagrams' `loading="lazy"` images, the
 * simulation panel's chunk), a screen at a time with two animation frames each: enough for the
 * browser's lazy-load and IntersectionObserver checks, which run in the rendering step. Then waits for
 * the images it shows. About three times faster than `scrollThrough`, for the walks over every page.
 */
export async function loadLazyParts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
    await frame();
  });
  // Every image the page shows (not the other colour mode's render, which is display: none) has loaded.
  await page.waitForFunction(() =>
    Array.from(document.images).every((image) => image.getClientRects().length === 0 || image.complete),
  );
}

/** Console errors and uncaught exceptions of a page, as they happen (but those `ignore` accepts). */
export function collectErrors(page: Page, ignore: (message: string) => boolean = () => false): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && !ignore(message.text()) && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Waits until React has hydrated the page (Docusaurus marks `<html data-has-hydrated="true">`): its
 * buttons, links and islands work from then on.
 */
export async function hydrated(page: Page, timeout?: number): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', timeout === undefined ? undefined : { timeout });
}
