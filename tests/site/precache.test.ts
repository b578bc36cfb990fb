/**
 * The service worker's precache (the manifest Workbox injected into build/sw.js) against the build
 * itself: everything a page can load is in it, found independently of how the plugin chose its files:
 * every file under assets/ (all chunks, CSS, fonts, images), every diagram render, every page of
 * the sitemap, every local URL any page references, the web app manifest and its icons, the search
 * index the search box fetches. Revisions must match the files on disk (a file rewritten after
 * Workbox read it, as a late search index would be, shows up here).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  HASHED_ASSET,
  MAX_PRECACHE_FILE_BYTES,
  listFiles,
  readPrecacheManifest,
} from '../../src/plugins/offline/precache';
import { OFFLINE_PAGE, htmlFileOf } from '../../src/plugins/offline/offlinePage';
import { attr, localUrlsOf, readHtml, selectAll, sitemapPaths } from '../builtHtml';
import { splitSections } from '../../src/plugins/search/searchIndex';
import { loadPages } from '../../src/lib/build/content';
import { CHANGES_ROUTE } from '../../src/plugins/changes';

const buildDir = path.resolve('build');
const manifest = readPrecacheManifest(path.join(buildDir, 'sw.js'));
const precached = new Set(manifest.map((entry) => entry.url));
const files = listFiles(buildDir);
const relative = (file: string): string => path.relative(buildDir, file).split(path.sep).join('/');
const sitemapPages = sitemapPaths(buildDir);

/** Local URLs in src/href attributes of a built page, without query or fragment. */
function localUrls(file: string): string[] {
  return (
    localUrlsOf(readHtml(file))
      // The PDF downloads are made after the build by `npm run pdf` and are not precached on purpose.
      .filter((url) => !url.startsWith('/pdf/'))
      .map((url) => decodeURI(url.replace(/[?#].*$/, '')))
  );
}

/** The file a local URL loads: a file of the build, or the HTML of a route. */
function fileOf(urlPath: string): string | undefined {
  const direct = path.join(buildDir, urlPath);
  if (fs.existsSync(direct) && fs.statSync(direct).isFile()) return relative(direct);
  const html = htmlFileOf(buildDir, urlPath);
  return html ? relative(html) : undefined;
}

function pngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe('precache', () => {
  test('the manifest is whole: every entry is a file of the build, within the size limit, with the right revision', () => {
    console.log(
      `precache: ${manifest.length} entries, ${(
        manifest.reduce((sum, entry) => sum + fs.statSync(path.join(buildDir, entry.url)).size, 0) /
        1024 /
        1024
      ).toFixed(2)} MiB`,
    );
    expect(manifest.length).toBeGreaterThan(50);
    const problems = manifest.flatMap((entry) => {
      const file = path.join(buildDir, entry.url);
      if (!fs.existsSync(file)) return [`${entry.url}: no such file`];
      const content = fs.readFileSync(file);
      if (content.length > MAX_PRECACHE_FILE_BYTES) return [`${entry.url}: ${content.length} bytes`];
      if (entry.revision === null) return HASHED_ASSET.test(entry.url) ? [] : [`${entry.url}: no revision`];
      const md5 = crypto.createHash('md5').update(content).digest('hex');
      return md5 === entry.revision ? [] : [`${entry.url}: revision ${entry.revision} but the file's md5 is ${md5}`];
    });
    expect(problems).toEqual([]);
  });

  test('every file under assets/ is precached (all JS and CSS chunks)', () => {
    const assets = files.filter((file) => file.startsWith('assets/'));
    // 29 chunks since the lunr search plugin (its box, worker and page) left the bundle.
    expect(assets.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(20);
    expect(assets.filter((file) => !precached.has(file))).toEqual([]);
  });

  test('every page of the sitemap is precached, and the offline page that lists them', () => {
    expect(sitemapPages.length).toBeGreaterThanOrEqual(11);
    expect(sitemapPages.map(fileOf).filter((file) => !file || !precached.has(file))).toEqual([]);
    expect(precached.has(OFFLINE_PAGE)).toBe(true);
    const links = new Set(selectAll(readHtml(path.join(buildDir, OFFLINE_PAGE)), 'a').map((a) => attr(a, 'href')));
    expect(sitemapPages.filter((page) => !links.has(page))).toEqual([]);
  });

  test('every local URL that any built page references is precached', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    const missing = new Set<string>();
    for (const page of pages) {
      for (const url of localUrls(path.join(buildDir, page))) {
        const file = fileOf(url);
        if (!file) missing.add(`${url} (in ${page}: no file)`);
        else if (!precached.has(file)) missing.add(`${url} (in ${page})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  test('the raw manifests that "Raw" links open are precached', () => {
    const raw = files.filter((file) => file.startsWith('manifests/'));
    expect(raw.length).toBeGreaterThan(10);
    expect(raw.filter((file) => !precached.has(file))).toEqual([]);
  });

  test('the search index (Pagefind) is precached: its script, WebAssembly, entry, index chunks and fragments', () => {
    const search = files.filter((file) => file.startsWith('pagefind/'));
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']) {
      expect(search, file).toContain(file);
    }
    expect(search.filter((file) => file.startsWith('pagefind/index/')).length).toBeGreaterThan(0);
    // One fragment per indexed section of the ten pages and the changes page (src/plugins/search/searchIndex.ts).
    const routes = [...loadPages(path.resolve('docs')).map((doc) => doc.permalink), CHANGES_ROUTE];
    const sections = routes.flatMap((route) =>
      splitSections(fs.readFileSync(htmlFileOf(buildDir, route) ?? '', 'utf8'), route),
    );
    expect(sections.length).toBeGreaterThan(50);
    expect(search.filter((file) => file.startsWith('pagefind/fragment/')).length).toBe(sections.length);
    expect(search.filter((file) => !precached.has(file))).toEqual([]);
  });

  test('the search index comes in small chunks, and without the Pagefind parts the search box does not load', () => {
    const chunks = files.filter((file) => file.startsWith('pagefind/index/'));
    expect(chunks.length).toBeGreaterThan(5);
    // Already gzip-compressed by Pagefind: the bytes a query downloads per chunk it needs.
    for (const chunk of chunks) expect(fs.statSync(path.join(buildDir, chunk)).size, chunk).toBeLessThan(8 * 1024);
    for (const unused of [
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-ui.js',
    ])
      expect(files, unused).not.toContain(unused);
  });

  test('the web app manifest and its icons are precached, icons at their declared sizes, one maskable', () => {
    expect(precached.has('manifest.json')).toBe(true);
    const webManifest = JSON.parse(fs.readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
      name: string;
      short_name: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose?: string; type: string }[];
    };
    expect(webManifest.name.length).toBeGreaterThan(0);
    expect(webManifest.short_name.length).toBeLessThanOrEqual(12);
    expect(webManifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = webManifest.icons.map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(webManifest.icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
    for (const icon of webManifest.icons) {
      const file = path.posix.join(path.posix.dirname('manifest.json'), icon.src);
      expect(precached.has(file), file).toBe(true);
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(path.join(buildDir, file))).toEqual({ width, height });
    }
  });
});
