/**
 * Embedded manifests give readers the exact file: Copy puts the file text on the clipboard, Download
 * saves the file's bytes under its own name, and the raw URL serves the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, siteUrl } from './site';
import { findManifestReferences, listManifestFiles } from '../../src/lib/build/manifests';
import { loadPages } from '../../src/lib/build/content';
import { manifestAnchor } from '../../src/lib/manifestAnchor';

const references = findManifestReferences(loadPages(path.resolve('docs')));
/** One page per manifest: the first section that embeds it. */
const firstUses = references.filter(
  (reference, index) => references.findIndex((r) => r.file === reference.file) === index,
);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The page of a chapter, opened once for all the files it embeds (the references come in page order):
 * about 50 files on 9 pages, so 9 page loads, not 50.
 */
let open: { permalink: string; page: Page } | undefined;
async function chapterPage(permalink: string): Promise<Page> {
  if (open?.permalink === permalink) return open.page;
  await open?.page.close();
  const page = await context.newPage();
  await page.goto(`${siteUrl()}${permalink}`);
  await hydrated(page);
  open = { permalink, page };
  return page;
}

describe('embedded manifests', () => {
  test('there is something to test', () => {
    expect(firstUses.length).toBeGreaterThan(0);
  });

  test.each(firstUses.map((r) => [r.file, r] as const))(
    '%s: Copy and Download give the exact file',
    async (file, reference) => {
      const expected = fs.readFileSync(path.join('manifests', file));
      const page = await chapterPage(reference.page.permalink);
      const box = page.locator(`details[data-manifest="${file}"]`).first();
      if (!(await box.evaluate((el) => (el as HTMLDetailsElement).open))) await box.locator('summary').click();
      const name = path.posix.basename(file);

      await box.getByRole('button', { name: `Copy ${name} to the clipboard` }).click();
      await expect.poll(() => box.getByRole('status').textContent()).toBe(`Copied ${name}`);
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard).toBe(expected.toString('utf8'));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        box.getByRole('button', { name: `Download ${name}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const saved = await download.path();
      expect(fs.readFileSync(saved).equals(expected)).toBe(true);
    },
  );

  test('every file is published byte for byte at /manifests/<chapter>/<file>', async () => {
    const files = listManifestFiles(path.resolve('manifests'));
    const mismatched: string[] = [];
    for (const file of files) {
      const response = await fetch(`${siteUrl()}/manifests/${file}`);
      const body = Buffer.from(await response.arrayBuffer());
      if (!response.ok || !body.equals(fs.readFileSync(path.join('manifests', file)))) mismatched.push(file);
    }
    expect(mismatched).toEqual([]);
  });

  test('the catalog lists every file and links each to the sections that use it', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/manifests`);
    const files = listManifestFiles(path.resolve('manifests'));
    expect(await page.locator('tbody tr').count()).toBe(files.length);
    for (const reference of references) {
      const row = page.locator(`tr#${manifestAnchor(reference.file)}`);
      await expect.poll(() => row.locator(`a[href="${reference.href}"]`).count()).toBeGreaterThan(0);
    }
    await page.close();
  });
});
