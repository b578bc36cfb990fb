/** Shared helpers for browser tests: the served site's address and its sitemap. */
import fs from 'node:fs';
import { inject } from 'vitest';

export function siteUrl(): string {
  return inject('siteUrl');
}

/** Paths of every page in the built sitemap (`/`, `/ch05-services`, ...). */
export function sitemapPaths(buildDir = 'build'): string[] {
  const xml = fs.readFileSync(`${buildDir}/sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname);
}
