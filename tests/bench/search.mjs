#!/usr/bin/env node
/**
 * `npm run bench:search`: the search engines compared on the learner queries of tests/e2e/searchQueries.ts.
 * A measurement, not a test: it prints a table and exits 0.
 *
 * For each engine (a built site, served with clean URLs by a small static server here):
 * - hits: queries whose first result is the expected section (page and anchor), out of all queries;
 * - first query: bytes (gzip, as a server or the service worker sends them) fetched from focusing the search
 *   box to the first results, and the time that took;
 * - keystroke -> results: from the keydown of a query's last character to the first frame after the result
 *   list changed, once the index is loaded (median and p95), without and with 4x CPU throttling (DevTools'
 *   mid-tier phone setting).
 *
 * Engines: `pagefind` is build/ (this site). `--lunr <dir>` adds a build of the site as it was with the lunr
 * index of @easyops-cn/docusaurus-search-local (e.g. `git archive ae66489` built with `--out-dir`).
 * Needs Chromium (CHROME_PATH, or Debian's /usr/bin/chromium: found by src/lib/build/chromium.mjs). Runs on a
 * quiet machine only, like `npm run bench` (scripts/bench/quiet.mjs); `--unreliable` measures anyway and says so.
 */
// Functions passed to page.evaluate run in the browser, where these exist.
/* global window, document, performance, requestAnimationFrame, MutationObserver */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { Buffer } from 'node:buffer';
import { chromium } from 'playwright-core';
import { requireQuiet } from '../../scripts/bench/quiet.mjs';
import { requireChromium } from '../../src/lib/build/chromium.mjs';

const siteDir = process.cwd();
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** The query list, read from the test file (plain data: `{ query: '...', href: '...' }` objects). */
function learnerQueries() {
  const source = fs.readFileSync(path.join(siteDir, 'tests/e2e/searchQueries.ts'), 'utf8');
  const list = [...source.matchAll(/\{\s*query: '([^']+)',\s*href: '([^']+)',?\s*\}/g)].map((m) => ({
    query: m[1],
    href: m[2],
  }));
  if (list.length < 40) throw new Error(`tests/e2e/searchQueries.ts: read ${list.length} queries, expected 40 or more`);
  return list;
}

function argValue(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** A static server for a build folder with the site's clean URLs (`/ch05-services` -> ch05-services.html). */
async function serve(dir) {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const candidates = [pathname, `${pathname}.html`, path.posix.join(pathname, 'index.html')];
    const file = candidates
      .map((candidate) => path.join(dir, candidate))
      .find((candidate) => candidate.startsWith(dir) && fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

/**
 * Href of the first result, path and anchor. Pagefind's box writes it on the option; the lunr plugin's box
 * navigates on click, so there the option is clicked and the URL read (without its `?_highlight=` parameters),
 * then the browser goes back.
 */
async function firstHref(page) {
  const option = page.locator('[role="listbox"] [role="option"]').first();
  if ((await option.count()) === 0) return '';
  const written = await option.getAttribute('data-href');
  if (written) return written;
  const before = page.url();
  await option.click();
  await page.waitForURL((url) => url.href !== before, { timeout: 10_000 }).catch(() => undefined);
  const url = new URL(page.url());
  await page.goBack();
  await page.waitForURL(before);
  return url.href === before ? '' : `${url.pathname}${url.hash}`;
}

/**
 * Records the time of the first frame after the result list shows results for `query` (or nothing after 3 s).
 * A list that names the query its results answer (`data-query`, this site's box) must name this one: the
 * first change after the keystroke is the previous query's list closing, not this query's results.
 */
function armProbe(page, query) {
  return page.evaluate((typed) => {
    window.__probe = { keydown: 0, frame: 0 };
    document.addEventListener('keydown', (event) => (window.__probe.keydown = event.timeStamp), {
      once: true,
      capture: true,
    });
    const showsResults = () => {
      const list = document.querySelector('.navbar [role="listbox"]');
      if (!list || list.hidden || !list.querySelector('[role="option"]')) return false;
      return list.dataset.query === undefined || list.dataset.query === typed;
    };
    const observer = new MutationObserver(() => {
      if (!showsResults()) return;
      observer.disconnect();
      requestAnimationFrame(() => (window.__probe.frame = performance.now()));
    });
    observer.observe(document.querySelector('.navbar') ?? document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-expanded', 'hidden', 'data-query'],
    });
  }, query);
}

async function typeAndSettle(page, query) {
  const input = page.locator('input.navbar__search-input');
  await input.fill('');
  await input.click();
  await page.keyboard.type(query, { delay: 10 });
  await page.waitForTimeout(500);
}

async function measure(browser, name, dir, queries, throttle) {
  const server = await serve(dir);
  const page = await browser.newPage();
  try {
    if (throttle > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(`${server.url}/ch05-services`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    const responses = [];
    page.on('response', (response) => responses.push(response));
    const start = Date.now();
    await page.locator('input.navbar__search-input').click();
    await page.keyboard.type(queries[0].query, { delay: 10 });
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const firstMs = Date.now() - start;
    let bytes = 0;
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += Math.min(body.length, zlib.gzipSync(body, { level: 9 }).length);
    }

    let hits = 0;
    const misses = [];
    if (throttle === 1) {
      for (const { query, href } of queries) {
        await typeAndSettle(page, query);
        const got = await firstHref(page);
        if (got === href) hits += 1;
        else misses.push(`${query} -> ${got || 'nothing'} (expected ${href})`);
      }
    }

    const times = [];
    for (const { query } of queries.slice(0, 12)) {
      for (let run = 0; run < RUNS; run += 1) {
        await typeAndSettle(page, query.slice(0, -1));
        await armProbe(page, query);
        await page.keyboard.press(query.slice(-1));
        const probe = await page
          .waitForFunction(() => window.__probe.frame && window.__probe, undefined, { timeout: 3_000 })
          .then((handle) => handle.jsonValue())
          .catch(() => null);
        if (probe) times.push(probe.frame - probe.keydown);
      }
    }
    return { name, throttle, hits, total: queries.length, misses, bytes, firstMs, times };
  } finally {
    await page.close();
    server.stop();
  }
}

const queries = learnerQueries();
// `--no-pagefind` measures only the other engine (while build/ is being rebuilt, say).
const engines = process.argv.includes('--no-pagefind') ? [] : [{ name: 'pagefind', dir: path.resolve('build') }];
const lunrDir = argValue('--lunr');
if (lunrDir) engines.push({ name: 'lunr', dir: path.resolve(lunrDir) });

const reportLoad = await requireQuiet({ unreliable: process.argv.includes('--unreliable') });
const browser = await chromium.launch({
  executablePath: requireChromium('npm run bench:search measures in Chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
});
const rows = [];
try {
  for (const engine of engines) {
    const warm = await measure(browser, engine.name, engine.dir, queries, 1);
    const slow = await measure(browser, engine.name, engine.dir, queries, 4);
    rows.push({ warm, slow });
  }
} finally {
  await browser.close();
}

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a');
console.log(`\nsearch engines on ${queries.length} learner queries (tests/e2e/searchQueries.ts)`);
console.log('engine    | hits      | first query (gzip, time) | warm median / p95 | 4x CPU median / p95');
for (const { warm, slow } of rows) {
  console.log(
    `${warm.name.padEnd(9)} | ${`${warm.hits}/${warm.total}`.padEnd(9)} | ${`${(warm.bytes / 1024).toFixed(1)} KiB, ${warm.firstMs} ms`.padEnd(24)} | ${`${ms(percentile(warm.times, 50))} / ${ms(percentile(warm.times, 95))}`.padEnd(17)} | ${ms(percentile(slow.times, 50))} / ${ms(percentile(slow.times, 95))}`,
  );
}
for (const { warm } of rows) {
  if (warm.misses.length) console.log(`\n${warm.name} misses:\n  ${warm.misses.join('\n  ')}`);
}
console.log('\ntargets: every query a hit; first query <= 100 KiB gzip; warm < 50 ms; 4x CPU < 150 ms');
reportLoad();
