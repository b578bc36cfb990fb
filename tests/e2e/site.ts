/** Shared helpers for browser tests: the served site's address and its sitemap. */
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
