#!/usr/bin/env node
/**
 * `npm run pdf`: the notes as PDFs, printed by Debian's Chromium from the production build in build/
 * with the site's print stylesheet (src/css/print.css):
 * - build/pdf/kia-notes.pdf, the whole site in sidebar order (intro, chapters 4-12, manifest catalog,
 *   command index), with bookmarks for every chapter and section and tagged for screen readers;
 * - build/pdf/chNN-<topic>.pdf, one per chapter.
 * Run it after `npm run build` (`npm run build` does, when Chromium is installed). A page that fails to
 * render stops it, naming the page.
 *
 *   node scripts/pdf/index.mjs [--if-chromium] [buildDir=build]
 *
 * `--if-chromium` (used by `npm run build`): without Chromium, say so and make no PDFs instead of failing.
 */
// The functions given to page.evaluate run in the browser, where these exist.
/* global window, document, Event, NodeFilter, CSSStyleSheet, clearTimeout */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, requireChromium } from '../../src/lib/build/chromium.mjs';
import { BOOK_FILE, PDF_DIR, isChapter, pdfFileName, pdfLink, sectionId, sidebarPages, siteRootFrom } from './book.mjs';

/** Chromium's path, or an error that says how to install it (src/lib/build/chromium.mjs). */
export function findChromium(env = process.env, candidates = CHROMIUM_CANDIDATES) {
  return requireChromium('npm run pdf prints with Chromium', env, candidates);
}

const PDF_OPTIONS = {
  // Paper size and margins come from the print stylesheet's @page rule.
  preferCSSPageSize: true,
  printBackground: true,
  outline: true,
  tagged: true,
};

/**
 * Opens a page of the site and waits until it is complete: hydrated, every image loaded, no errors (a
 * file that fails to load, an image or a chunk, is reported by the browser as a console error).
 */
async function openPage(context, url, route) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Service workers are blocked on purpose (see makePdfs): the site's registration reports it.
    if (message.type() === 'error' && !message.text().startsWith('Service worker registration failed')) {
      errors.push(message.text());
    }
  });
  const fail = (reason) => new Error(`npm run pdf: the page ${route} failed to render: ${reason}`);
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 30_000 });
  } catch (error) {
    throw fail(error.message.split('\n')[0]);
  }
  if (!response || response.status() !== 200) throw fail(`HTTP status ${response?.status() ?? 'none'}`);
  if ((await page.locator('main h1').count()) === 0) throw fail('no <h1> in <main>');
  await page.emulateMedia({ media: 'print' });
  // What the site does before printing (src/clientModules/print.ts): load lazy images, title in the
  // margin. page.pdf() fires beforeprint and afterprint itself, but the whole-site PDF is made from the
  // pages' HTML without printing each one. Folded <details> need nothing: print.css shows them in full.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  // Diagrams that render on scroll (and lazy images) come into view once.
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  const broken = await imagesLoaded(page);
  if (broken.length) errors.push(`images that did not load within ${IMAGE_TIMEOUT_MS} ms: ${broken.join(', ')}`);
  if (errors.length) throw fail(errors.join(' | '));
  return page;
}

const IMAGE_TIMEOUT_MS = 30_000;

/**
 * Waits until every image of the page has loaded or failed; returns the addresses of those still loading
 * after `timeout` ms. An <img> fires `load` or `error`, never `loadend` (that is XHR's): waiting for
 * `loadend`, as this script once did, hung for ever whenever an image was still loading at that moment,
 * which a busy machine made likely.
 */
export function imagesLoaded(page, timeout = IMAGE_TIMEOUT_MS) {
  return page.evaluate(
    (timeout) =>
      new Promise((resolve) => {
        const pending = new Set([...document.images].filter((image) => !image.complete));
        const done = () => {
          clearTimeout(timer);
          resolve([...pending].map((image) => image.currentSrc || image.src));
        };
        const timer = setTimeout(done, timeout);
        const settle = (image) => {
          pending.delete(image);
          if (pending.size === 0) done();
        };
        if (pending.size === 0) done();
        for (const image of pending) {
          image.addEventListener('load', () => settle(image), { once: true });
          image.addEventListener('error', () => settle(image), { once: true });
        }
      }),
    timeout,
  );
}

/**
 * Points every link of the page's content where it should go in a PDF holding the pages `inPdf`, and
 * puts the site's public address in the text where the page shows the address it was served from
 * (the `kubectl apply -f <site>/manifests/...` lines).
 */
async function rewriteLinks(page, where) {
  const hrefs = await page.evaluate(() => [...document.querySelectorAll('main a[href]')].map((link) => link.href));
  const rewritten = hrefs.map((href) => pdfLink(href, where));
  await page.evaluate(
    ({ values, serverRoot, siteRoot }) => {
      [...document.querySelectorAll('main a[href]')].forEach((link, index) => link.setAttribute('href', values[index]));
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.includes(serverRoot)) node.nodeValue = node.nodeValue.split(serverRoot).join(siteRoot);
      }
    },
    { values: rewritten, serverRoot: where.serverRoot, siteRoot: where.siteRoot },
  );
}

/** The printable content of a page: the doc's <article>, or <main> for the catalog and command index. */
function contentHtml(page) {
  return page.evaluate(
    () => (document.querySelector('main article') ?? document.querySelector('main'))?.outerHTML ?? '',
  );
}

function pageCount(file) {
  return (fs.readFileSync(file, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/**
 * Makes the PDFs of the build in `buildDir` into `outDir` (build/pdf). `only` limits the pages (a
 * predicate on their paths; the tests print a few pages instead of the whole site). Returns the files.
 */
export async function makePdfs({
  buildDir = 'build',
  outDir = path.join(buildDir, PDF_DIR),
  only,
  log = console.log,
} = {}) {
  const indexFile = path.join(buildDir, 'index.html');
  if (!fs.existsSync(indexFile)) throw new Error(`No production build in ${buildDir}/: run \`npm run build\` first.`);
  const executablePath = findChromium();
  const home = fs.readFileSync(indexFile, 'utf8');
  const siteRoot = siteRootFrom(home);
  const basePath = new URL(siteRoot).pathname;
  const routes = sidebarPages(home).filter((route) => !only || only(route));
  if (routes.length === 0) throw new Error('No pages to print in the sidebar of the home page.');

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const server = await startStaticServer({ root: buildDir, basePath });
  const serverRoot = `${server.url}${basePath}`;
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const written = [];
  try {
    // Light colours as a reader in light mode prints (the print stylesheet forces them anyway); no
    // service worker: it would start precaching the whole site in the background.
    const context = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
    const sections = [];
    for (const route of routes) {
      const page = await openPage(context, `${server.url}${route}`, route);
      if (isChapter(route)) {
        await rewriteLinks(page, { serverRoot, siteRoot, inPdf: new Set([route]) });
        const file = path.join(outDir, pdfFileName(route));
        await page.pdf({ ...PDF_OPTIONS, path: file });
        written.push(file);
      }
      await rewriteLinks(page, { serverRoot, siteRoot, inPdf: new Set(routes) });
      const title = (await page.locator('main h1').first().textContent())?.trim() ?? route;
      sections.push({ id: sectionId(route), title, html: await contentHtml(page) });
      await page.close();
    }

    // The whole site: the home page's document (its styles), its body replaced by every page's content,
    // each page a named CSS page so the top margin carries its own title.
    const book = await openPage(context, `${server.url}${routes[0]}`, routes[0]);
    await book.evaluate(
      ({ sections }) => {
        const rules = sections.map(
          (section, index) =>
            `@page s${index} { @top-center { content: ${JSON.stringify(section.title)}; font-size: 9pt; color: #525860; } }\n` +
            `#${section.id} { page: s${index}; }`,
        );
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rules.join('\n'));
        document.adoptedStyleSheets = [sheet];
        document.body.innerHTML = `<div class="main-wrapper"><main class="container">${sections
          .map((section) => `<section id="${section.id}">${section.html}</section>`)
          .join('\n')}</main></div>`;
        document.title = 'Kubernetes in Action: study notes';
      },
      { sections },
    );
    const broken = await imagesLoaded(book);
    if (broken.length) {
      throw new Error(
        `npm run pdf: the whole-site PDF: images that did not load within ${IMAGE_TIMEOUT_MS} ms: ${broken.join(', ')}`,
      );
    }
    const bookFile = path.join(outDir, BOOK_FILE);
    await book.pdf({ ...PDF_OPTIONS, path: bookFile });
    written.unshift(bookFile);
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
  for (const file of written) {
    log(
      `[pdf] ${path.relative(buildDir, file)}: ${pageCount(file)} pages, ${(fs.statSync(file).size / 1024).toFixed(0)} KiB`,
    );
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const args = process.argv.slice(2);
  const optional = args.includes('--if-chromium');
  const buildDir = args.find((arg) => !arg.startsWith('--')) ?? 'build';
  let chromiumFound = true;
  try {
    findChromium();
  } catch (error) {
    chromiumFound = false;
    if (optional) {
      console.warn(`[pdf] No PDFs in this build (the site's PDF links will answer 404). ${error.message}`);
    }
  }
  if (optional && !chromiumFound) process.exit(0);
  makePdfs({ buildDir })
    .then((files) => console.log(`[pdf] ${files.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
