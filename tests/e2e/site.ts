/** Shared helpers for browser tests: the served site's address, its sitemap, and when a page is ready. */
import { inject } from 'vitest';
import type { Page } from 'playwright-core';

export function siteUrl(): string {
  return inject('siteUrl');
}

/** Paths of every page in the built sitemap (`/`, `/ch05-services`, ...), read by the one reader of the build. */
export { sitemapPaths } from '../builtHtml';

/** Scrolls through the whole page in steps, so that every lazily rendered part (diagrams) comes into view. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
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
