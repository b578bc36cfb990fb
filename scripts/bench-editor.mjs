#!/usr/bin/env node
/**
 * `npm run bench:editor`: what the manifest editor costs, on the production build served like a host
 * would (scripts/static-server.mjs: gzip level 6, immutable hashed assets). Not a test; prints numbers.
 *
 * - JS at load of every chapter page (gzip bytes on the wire, service workers blocked), and with
 *   --baseline <build> the same for another build and the difference.
 * - The JS the first Edit loads (the editor chunks and the schema of the manifest's kind), gzip.
 * - Time from pressing Edit to an editable editor, with 4x CPU slowdown (CDP
 *   Emulation.setCPUThrottlingRate): cold (first Edit of the visit) and warm (after a reload, chunks in
 *   the HTTP cache), median of --runs.
 * - Validation time per keystroke for the largest embedded manifest (the editor's
 *   `manifest-validation` performance measures), without and with the 4x slowdown.
 */
/* global performance, sessionStorage -- in page.evaluate() callbacks */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { requireQuiet } from './bench/quiet.mjs';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'build' },
    baseline: { type: 'string' },
    runs: { type: 'string', default: '5' },
    page: { type: 'string', default: '/ch09-deployments' },
    largest: { type: 'string', default: '/ch07-configmaps-secrets' },
    'largest-file': { type: 'string', default: 'ch07/fortune-pod-env-configmap-secret.yml' },
    unreliable: { type: 'boolean', default: false },
  },
});
// A quiet machine only, like `npm run bench` (scripts/bench/quiet.mjs); --unreliable measures anyway, and says so.
const reportLoad = await requireQuiet({ unreliable: args.unreliable });
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const KiB = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function chapterPaths(dir) {
  const xml = fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]).pathname)
    .filter((pathname) => /^\/ch\d\d-/.test(pathname))
    .sort();
}

/** Records gzip bytes of every JS response of a page, from Chromium's network events. */
async function recordScripts(context, page) {
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
  return { cdp, scripts, total: () => [...scripts.values()].reduce((sum, script) => sum + script.bytes, 0) };
}

async function jsAtLoad(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const { total } = await recordScripts(context, page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  const bytes = total();
  await context.close();
  return bytes;
}

/** One page after the other: parallel loads on a busy machine time out and skew the numbers. */
async function jsAtLoadAll(browser, url) {
  const bytes = [];
  for (const pathname of pages) bytes.push(await jsAtLoad(browser, url + pathname));
  return bytes;
}

async function withServer(dir, run) {
  const server = await startStaticServer({ root: dir });
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    return await run(browser, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}

const editButton = (file) => `[data-edit-manifest="${file}"]`;
const editable = (file) => `[data-manifest-editor="${file}"] .cm-content[contenteditable="true"]`;

/** Time from the click on Edit to an editable editor. */
async function timeToEditable(page, file) {
  await page.locator(editButton(file)).scrollIntoViewIfNeeded();
  const start = Date.now();
  await page.click(editButton(file));
  await page.waitForSelector(editable(file));
  return Date.now() - start;
}

async function editorCosts(browser, url, file, runs) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const recorder = await recordScripts(context, page);
  await page.goto(`${url}${args.page}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  const before = new Set(recorder.scripts.keys());
  await recorder.cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const cold = await timeToEditable(page, file);
  await page.waitForSelector(`[data-manifest-editor="${file}"] [data-validation-summary]:not(:empty)`);
  await page.waitForLoadState('networkidle');
  const loaded = [...recorder.scripts.entries()].filter(([id]) => !before.has(id)).map(([, script]) => script);
  const warm = [];
  for (let run = 0; run < runs; run += 1) {
    await page.evaluate(() => sessionStorage.clear());
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await recorder.cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    warm.push(await timeToEditable(page, file));
  }
  await context.close();
  return { loaded, cold, warm };
}

async function keystrokeValidation(browser, url, pathname, file, rate) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}${pathname}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.locator(editButton(file)).scrollIntoViewIfNeeded();
  await page.click(editButton(file));
  await page.waitForSelector(editable(file));
  await page.waitForFunction(() => performance.getEntriesByName('manifest-validation').length > 0);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.keyboard.press('Control+End');
  const times = [];
  for (let key = 0; key < 10; key += 1) {
    const count = await page.evaluate(() => performance.getEntriesByName('manifest-validation').length);
    await page.keyboard.type(key % 2 ? '\n' : '#');
    await page.waitForFunction((n) => performance.getEntriesByName('manifest-validation').length > n, count);
    times.push(await page.evaluate(() => performance.getEntriesByName('manifest-validation').at(-1).duration));
  }
  await context.close();
  return times;
}

const dir = path.resolve(args.dir);
const runs = Math.max(1, Number(args.runs));
const pages = chapterPaths(dir);
const file = await withServer(dir, async (browser, url) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${url}${args.page}`);
  const first = await page.locator('[data-edit-manifest]').first().getAttribute('data-edit-manifest');
  await context.close();
  return first;
});

const atLoad = {
  site: await withServer(dir, jsAtLoadAll),
};
if (args.baseline) {
  const base = path.resolve(args.baseline);
  atLoad.baseline = await withServer(base, jsAtLoadAll);
}
console.log('\nJS at load per chapter page (gzip on the wire)');
pages.forEach((pathname, index) => {
  const site = atLoad.site[index];
  const base = atLoad.baseline?.[index];
  console.log(
    `  ${pathname.padEnd(32)} ${KiB(site).padStart(12)}${
      base === undefined ? '' : `   baseline ${KiB(base).padStart(12)}   delta ${KiB(site - base).padStart(10)}`
    }`,
  );
});

const costs = await withServer(dir, (browser, url) => editorCosts(browser, url, file, runs));
console.log(`\nFirst Edit on ${args.page} (${file}): JS loaded, gzip`);
for (const script of costs.loaded)
  console.log(`  ${path.basename(new URL(script.url).pathname).padEnd(44)} ${KiB(script.bytes)}`);
console.log(`  total ${KiB(costs.loaded.reduce((sum, script) => sum + script.bytes, 0))}`);
console.log(
  `Edit -> editable, 4x CPU slowdown: cold ${costs.cold} ms; warm median ${median(costs.warm)} ms (${costs.warm.join(', ')})`,
);

for (const rate of [1, 4]) {
  const times = await withServer(dir, (browser, url) =>
    keystrokeValidation(browser, url, args.largest, args['largest-file'], rate),
  );
  console.log(
    `Validation per keystroke, ${args['largest-file']}, CPU x${rate}: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );
}
reportLoad();
