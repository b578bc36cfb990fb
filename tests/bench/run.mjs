#!/usr/bin/env node
/**
 * `npm run bench`: measures the production build the way a reader's phone gets it, beside a plain
 * Docusaurus build of the same notes (tests/bench/plain), in the same run. Not a test: it prints numbers.
 *
 * - Serves each build with scripts/static-server.mjs: gzip level 6, clean URLs, production cache headers.
 * - Lighthouse 12.2.3, mobile (its defaults: Moto G Power, slow 4G, 4x CPU slowdown), Debian's Chromium,
 *   every page of the site's sitemap and the plain build's page at the same path; the median of the
 *   runs by performance score: performance, TBT, longest main-thread task and what it was (taskSource),
 *   CLS, LCP, DOM elements.
 * - HTML bytes of each page (raw and gzip), and the JavaScript a page runs at load (gzip on the wire,
 *   scripts only, service workers blocked), what it prefetches, and what scrolling to the end adds.
 *
 * Options:
 *   --dir <build>        the site's build (default build/; run `npm run build` first)
 *   --plain <build>      the plain build (default build-plain/, built here when missing)
 *   --rebuild-plain      build the plain site again
 *   --pages /,/ch06-...  pages (default: every page of the sitemap)
 *   --runs <n>           Lighthouse runs per page (default 3)
 *   --no-lighthouse      only HTML and JavaScript sizes
 */
/* global document, window -- in page.evaluate() callbacks, which run in the browser */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'build' },
    plain: { type: 'string', default: 'build-plain' },
    'rebuild-plain': { type: 'boolean', default: false },
    pages: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const KiB = (bytes) => (bytes === undefined ? '-' : `${(bytes / 1024).toFixed(1)}`);
const ms = (value) => (value === undefined ? '-' : `${Math.round(value)}`);

const site = path.resolve(args.dir);
const plain = path.resolve(args.plain);
if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`No build in ${site}: run \`npm run build\` first.`);
  process.exit(1);
}
if (args['rebuild-plain'] || !fs.existsSync(path.join(plain, 'index.html'))) {
  console.log(`Building the plain Docusaurus site into ${plain} ...`);
  const result = spawnSync('npx', ['docusaurus', 'build', 'tests/bench/plain', '--out-dir', plain], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function sitemapPaths(dir) {
  const xml = fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname).sort();
}

/** The built HTML file of a page (trailingSlash: false, or folder/index.html), if the build has it. */
function htmlFile(dir, page) {
  const candidates = page === '/' ? ['index.html'] : [`${page.slice(1)}.html`, `${page.slice(1)}/index.html`];
  return candidates.map((file) => path.join(dir, file)).find((file) => fs.existsSync(file));
}

function htmlBytes(dir, page) {
  const file = htmlFile(dir, page);
  if (!file) return undefined;
  const raw = fs.readFileSync(file);
  return { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 6 }).length };
}

async function lighthouseRun(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const audits = lhr.audits;
  const tasks = audits['long-tasks']?.details?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbt: audits['total-blocking-time'].numericValue,
    longestTask: tasks.reduce((max, task) => Math.max(max, task.duration ?? 0), 0),
    longestBy: taskSource(
      tasks.reduce((max, task) => ((task.duration ?? 0) > (max?.duration ?? 0) ? task : max), undefined),
    ),
    cls: audits['cumulative-layout-shift'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    dom: audits['dom-size']?.numericValue,
  };
}

/**
 * What Lighthouse attributes a long task to, in a word: `main` (Docusaurus' client entry, main.js),
 * `chunk` (another script), `html` (parsing the page), `css`, or `render` (style, layout and paint,
 * which Lighthouse leaves unattributed).
 */
function taskSource(task) {
  if (!task) return undefined;
  const file = String(task.url ?? '')
    .split('/')
    .pop();
  if (/^main\.[0-9a-f]+\.js$/.test(file)) return 'main';
  if (/\.js$/.test(file)) return 'chunk';
  if (/\.css$/.test(file)) return 'css';
  if (file === 'Unattributable' || !file) return 'render';
  return 'html';
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.tbt - a.tbt);
  return { ...sorted[Math.floor(sorted.length / 2)], runs: runs.map((run) => run.performance).join('/') };
}

/** JavaScript one page load runs (scripts), prefetches, and adds when scrolled to the end; gzip bytes. */
async function pageJs(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
    if (/\.m?js(\?|$)/.test(new URL(request.url).pathname)) requests.set(requestId, { type, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId);
    if (request) request.bytes = encodedDataLength;
  });
  const sum = (filter) => [...requests.values()].filter(filter).reduce((total, request) => total + request.bytes, 0);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const atLoad = sum((request) => request.type === 'Script');
  const prefetched = sum((request) => request.type !== 'Script');
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const scrolled = sum((request) => request.type === 'Script');
  await context.close();
  return { atLoad, prefetched, scrolled };
}

/**
 * Measures every page of both builds, the site's and the plain build's of a page one after the other, so
 * that both columns of a row see the same load on a shared machine.
 */
async function measure(builds, pages) {
  const servers = {};
  for (const [label, dir] of Object.entries(builds)) servers[label] = await startStaticServer({ root: dir });
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(1) });
  const chrome = args['no-lighthouse']
    ? undefined
    : await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  const results = Object.fromEntries(Object.keys(builds).map((label) => [label, new Map()]));
  try {
    for (const page of pages) {
      for (const [label, dir] of Object.entries(builds)) {
        if (!htmlFile(dir, page)) continue;
        const url = `${servers[label].url}${page}`;
        const row = { html: htmlBytes(dir, page), js: await pageJs(browser, url) };
        if (chrome) {
          const runs = [];
          for (let run = 0; run < Number(args.runs); run += 1) runs.push(await lighthouseRun(url, chrome.port));
          row.lighthouse = median(runs);
          console.log(`  ${label} ${page}: performance ${row.lighthouse.performance} (runs ${row.lighthouse.runs})`);
        }
        results[label].set(page, row);
      }
    }
  } finally {
    await chrome?.kill();
    await browser.close();
    for (const server of Object.values(servers)) await server.stop();
  }
  return results;
}

const pages = args.pages ? args.pages.split(',').map((page) => page.trim()) : sitemapPaths(site);
console.log(`Chromium ${CHROME}; gzip level 6; site ${site}; plain ${plain}; ${args.runs} Lighthouse runs per page`);
const results = await measure({ site, plain }, pages);

const columns = [
  ['perf', (row) => row.lighthouse?.performance],
  ['TBT ms', (row) => ms(row.lighthouse?.tbt)],
  ['long ms', (row) => ms(row.lighthouse?.longestTask)],
  ['long by', (row) => row.lighthouse?.longestBy],
  ['CLS', (row) => row.lighthouse?.cls?.toFixed(3)],
  ['LCP ms', (row) => ms(row.lighthouse?.lcp)],
  ['DOM', (row) => row.lighthouse?.dom],
  ['HTML KiB', (row) => KiB(row.html?.raw)],
  ['HTML gz', (row) => KiB(row.html?.gzip)],
  ['JS load', (row) => KiB(row.js.atLoad)],
  ['JS scroll', (row) => KiB(row.js.scrolled)],
  ['prefetch', (row) => KiB(row.js.prefetched)],
];
console.log('\nMobile, median of runs by performance; sizes in KiB (gzip where marked; JS is gzip on the wire)');
console.log('site / plain Docusaurus');
console.log(['page'.padEnd(30), ...columns.map(([name]) => name.padStart(15))].join(''));
for (const page of pages) {
  const cells = columns.map(([, value]) => {
    const [a, b] = ['site', 'plain'].map((label) => {
      const row = results[label].get(page);
      return row ? String(value(row) ?? '-') : '-';
    });
    return `${a} / ${b}`.padStart(15);
  });
  console.log([page.padEnd(30), ...cells].join(''));
}
