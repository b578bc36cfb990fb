#!/usr/bin/env node
/**
 * `npm run bench`: measures the production build the way a reader gets it. Not a test (nothing here
 * passes or fails); run it after `npm run build` and compare the numbers with the targets in
 * DEPLOYMENT.md.
 *
 * - Serves the build with scripts/static-server.mjs: gzip (zlib's default level 6, what most hosts
 *   use), immutable caching of hashed assets, no-cache HTML and sw.js.
 * - Lighthouse 12.2.3 (its default mobile settings: Moto G Power, simulated slow 4G, 4x CPU slowdown;
 *   and its desktop settings) with Debian's Chromium, on the home page and a chapter page. Each run
 *   starts with empty storage (no service worker); the median run by performance score is shown.
 * - JavaScript a page loads (gzip bytes on the wire, from Chromium's network events, service workers
 *   blocked so that only the page's own requests count): at load, and after scrolling to the end, which
 *   adds the chunks loaded lazily (Mermaid with the first diagram), for every chapter.
 *
 * Options:
 *   --dir <build>        build folder (default build/)
 *   --baseline <build>   a second build measured the same way and shown beside it (e.g. a plain
 *                        Docusaurus build of the same notes)
 *   --pages /,/ch06-...  pages for Lighthouse (default: / and /ch06-volumes)
 *   --runs <n>           Lighthouse runs per page and form factor (default 3)
 *   --no-lighthouse      only the JavaScript table
 */
/* global document, window -- in page.evaluate() callbacks, which run in the browser */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'build' },
    baseline: { type: 'string' },
    pages: { type: 'string', default: '/,/ch06-volumes' },
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
const KiB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${Math.round(value)} ms`;

function requireBuild(dir) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`No build in ${dir}/: run \`npm run build\` first.`);
    process.exit(1);
  }
}

function chapterPaths(dir) {
  const xml = fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]).pathname)
    .filter((pathname) => /^\/ch\d\d-/.test(pathname))
    .sort();
}

/** One Lighthouse run; returns the numbers the bench prints. */
async function lighthouseRun(url, formFactor, port) {
  const flags = { port, output: 'json', logLevel: 'error' };
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const { lhr } = await lighthouse(url, flags, config);
  const audits = lhr.audits;
  const requests = audits['network-requests']?.details?.items ?? [];
  const scriptBytes = requests
    .filter((item) => item.resourceType === 'Script')
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    totalBytes: audits['total-byte-weight'].numericValue,
    scriptBytes,
    failed: Object.values(audits)
      .filter((audit) => audit.score === 0 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id),
  };
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.tbt - a.tbt);
  return sorted[Math.floor(sorted.length / 2)];
}

async function lighthouseTable(label, dir, pages, runs) {
  const server = await startStaticServer({ root: dir });
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  const rows = [];
  try {
    for (const page of pages) {
      for (const formFactor of ['mobile', 'desktop']) {
        const results = [];
        for (let run = 0; run < runs; run += 1) {
          results.push(await lighthouseRun(`${server.url}${page}`, formFactor, chrome.port));
        }
        const best = median(results);
        rows.push({ page, formFactor, ...best, perfRuns: results.map((result) => result.performance).join('/') });
        console.log(`  ${label} ${page} ${formFactor}: performance ${best.performance} (runs ${rows.at(-1).perfRuns})`);
      }
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  return rows;
}

function printLighthouse(label, rows) {
  console.log(`\nLighthouse 12.2.3, ${label} (median of runs by performance score)`);
  console.log(
    [
      'page'.padEnd(22),
      'form'.padEnd(8),
      'perf',
      'a11y',
      'b.p.',
      'seo',
      'FCP'.padStart(8),
      'LCP'.padStart(8),
      'TBT'.padStart(8),
      'CLS'.padStart(6),
      'total'.padStart(11),
      'JS'.padStart(11),
    ].join(' '),
  );
  for (const row of rows) {
    console.log(
      [
        row.page.padEnd(22),
        row.formFactor.padEnd(8),
        String(row.performance).padStart(4),
        String(row.accessibility).padStart(4),
        String(row.bestPractices).padStart(4),
        String(row.seo).padStart(3),
        ms(row.fcp).padStart(8),
        ms(row.lcp).padStart(8),
        ms(row.tbt).padStart(8),
        row.cls.toFixed(3).padStart(6),
        KiB(row.totalBytes).padStart(11),
        KiB(row.scriptBytes).padStart(11),
      ].join(' '),
    );
    if (row.failed.length) console.log(`    failed audits: ${row.failed.join(', ')}`);
  }
}

/**
 * gzip bytes of JavaScript one page load requests, at load and after scrolling to the end. Sizes are
 * Chromium's encodedDataLength (body bytes on the wire), summed over script and prefetch requests.
 */
async function pageJs(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (/\.m?js(\?|$)/.test(new URL(response.url).pathname)) scripts.set(requestId, { url: response.url, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const script = scripts.get(requestId);
    if (script) script.bytes = encodedDataLength;
  });
  const total = () => [...scripts.values()].reduce((sum, script) => sum + script.bytes, 0);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  const atLoad = { bytes: total(), files: scripts.size };
  // Scroll in steps so that every lazily rendered diagram comes into view, then wait for the chunks.
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const diagrams = await page.locator('[data-mermaid] svg, .docusaurus-mermaid-container svg').count();
  const scrolled = { bytes: total(), files: scripts.size };
  await context.close();
  return { atLoad, scrolled, diagrams };
}

async function jsTable(label, dir, pages) {
  const server = await startStaticServer({ root: dir });
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  try {
    for (const page of pages) rows.push({ page, ...(await pageJs(browser, `${server.url}${page}`)) });
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}

function printJs(tables) {
  console.log('\nJavaScript per page (gzip on the wire; "scrolled" adds lazy chunks, e.g. Mermaid)');
  const labels = Object.keys(tables);
  console.log(
    [
      'page'.padEnd(30),
      ...labels.flatMap((label) => [`${label} at load`.padStart(22), `${label} scrolled`.padStart(22)]),
    ].join(' '),
  );
  const pages = tables[labels[0]].map((row) => row.page);
  for (const page of pages) {
    const cells = labels.flatMap((label) => {
      const row = tables[label].find((candidate) => candidate.page === page);
      if (!row) return ['-'.padStart(22), '-'.padStart(22)];
      return [
        `${KiB(row.atLoad.bytes)} (${row.atLoad.files})`.padStart(22),
        `${KiB(row.scrolled.bytes)} (${row.diagrams} diagr.)`.padStart(22),
      ];
    });
    console.log([page.padEnd(30), ...cells].join(' '));
  }
}

function precacheSummary(dir) {
  const sw = path.join(dir, 'sw.js');
  if (!fs.existsSync(sw)) return 'no sw.js';
  const source = fs.readFileSync(sw, 'utf8');
  const urls = [...source.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
  const bytes = urls.reduce((sum, url) => sum + fs.statSync(path.join(dir, url)).size, 0);
  return `${urls.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MiB uncompressed`;
}

const builds = { site: path.resolve(args.dir) };
if (args.baseline) builds.baseline = path.resolve(args.baseline);
Object.values(builds).forEach(requireBuild);
const lighthousePages = args.pages.split(',').map((page) => page.trim());
const runs = Math.max(1, Number(args.runs));

console.log(`Serving with scripts/static-server.mjs (gzip level 6, production cache headers); Chromium ${CHROME}`);
for (const [label, dir] of Object.entries(builds))
  console.log(`  ${label}: ${dir} (precache: ${precacheSummary(dir)})`);

const jsTables = {};
for (const [label, dir] of Object.entries(builds)) {
  jsTables[label] = await jsTable(label, dir, ['/', ...chapterPaths(dir)]);
}
printJs(jsTables);

if (!args['no-lighthouse']) {
  const lighthouseTables = {};
  for (const [label, dir] of Object.entries(builds)) {
    console.log(`\nRunning Lighthouse on ${label} (${runs} runs each)...`);
    lighthouseTables[label] = await lighthouseTable(label, dir, lighthousePages, runs);
  }
  for (const [label, rows] of Object.entries(lighthouseTables)) printLighthouse(label, rows);
}
