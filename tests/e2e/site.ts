/** Shared helpers for browser tests: the served site's address and its sitemap. */
import fs from 'node:fs';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';

export function siteUrl(): string {
  return inject('siteUrl');
}

/** Paths of every page in the built sitemap (`/`, `/ch05-services`, ...). */
export function sitemapPaths(buildDir = 'build'): string[] {
  const xml = fs.readFileSync(`${buildDir}/sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname);
}

/** Walks down the whole page: diagrams render only when they come near the viewport. */
export async function scrollThroughPage(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
}
