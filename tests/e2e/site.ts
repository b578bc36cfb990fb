/** Shared helpers for browser tests: the served site's address, its sitemap, and when a page is ready. */
import { inject } from 'vitest';
import type { Page } from 'playwright-core';

export function siteUrl(): string {
  return inject('siteUrl');
}

/** Paths of every page in the built sitemap (`/`, `/ch05-services`, ...), read by the one reader of the build. */
export { sitemapPaths } from '../builtHtml';

/** Walks down the whole page: diagrams render only when they come near the viewport. */
export async function scrollThroughPage(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
}

/**
 * Waits until React has hydrated the page (Docusaurus marks `<html data-has-hydrated="true">`): its
 * buttons, links and islands work from then on.
 */
export async function hydrated(page: Page, timeout?: number): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', timeout === undefined ? undefined : { timeout });
}
