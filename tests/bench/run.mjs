#!/usr/bin/env node
/**
 * `npm run bench`: measures the production build the way a reader's phone gets it, beside a plain
 * Docusaurus build of the same notes (tests/bench/plain), in the same run, on a quiet machine only. Not a
 * test: it writes a report (JSON and markdown, bench-results/) and prints the table.
 *
 * - The machine first: other processes must use less than half a core (scripts/bench/machine.mjs reads
 *   /proc). The bench waits for that (bounded, --max-wait) before it starts, records the load during every
 *   run, measures a run again that ran while the machine was busy, and stops with a message when the
 *   machine stays busy: it never reports numbers from a loaded machine. `--unreliable` measures anyway, for
 *   development, and marks every report UNRELIABLE.
 * - Every page of the site's sitemap (build/sitemap.xml, so new pages are in) and the plain build's page at
 *   the same path: Lighthouse 12.2.3 mobile with Debian's Chromium, min/median/max over --runs (site,
 *   default 5) and --plain-runs (plain, default 2: the reference column, fewer runs keep the full run near
 *   25 minutes): performance, TBT, longest task and what it was, LCP, CLS,
 *   DOM elements; HTML bytes; the JavaScript a page runs at load, prefetches and adds when scrolled.
 * - With --all, the interactions too, at 4x CPU slowdown: search (last keystroke to first visible result,
 *   warm), the editor (Edit to a validated editor), /study (a rating to the next card shown).
 *
 * Options:
 *   --all                pages and interactions (the full run: about 25 min on a quiet 2-core machine)
 *   --interactions       interactions only
 *   --dir <build>        the site's build (default build/; run `npm run build` first)
 *   --plain <build>      the plain build (default build-plain/, built here when missing)
 *   --rebuild-plain      build the plain site again
 *   --pages /,/ch06-...  pages (default: every page of the sitemap)
 *   --runs <n>           Lighthouse runs per page of the site (default 5)
 *   --plain-runs <n>     Lighthouse runs per page of the plain build (default 2; 0 leaves it out)
 *   --reference <build>  another build of the site (an earlier commit's, say), measured in the same run with
 *                        as many runs as the site, interleaved page by page: before and after on the same
 *                        machine at the same time, where numbers from another day may not compare
 *   --no-lighthouse      only HTML and JavaScript sizes
 *   --max-wait <s>       how long to wait for a quiet machine each time (default 300)
 *   --unreliable         measure on a busy machine (development only; reports say UNRELIABLE)
 *   --out <dir>          where the report goes (default bench-results/)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { lighthouseRun } from '../../scripts/bench/lighthouse.mjs';
import { pageJs } from '../../scripts/bench/pageJs.mjs';
import { describeLoad } from '../../scripts/bench/machine.mjs';
import { MachineBusyError, quietRule } from '../../scripts/bench/quiet.mjs';
import { spread, spreadOf } from '../../scripts/bench/stats.mjs';
import { toMarkdown, UNRELIABLE, writeReport } from '../../scripts/bench/report.mjs';
import { searchTimes } from '../../scripts/bench/interactions/search.mjs';
import { editorTimes } from '../../scripts/bench/interactions/editor.mjs';
import { studyTimes } from '../../scripts/bench/interactions/study.mjs';

const { values: args } = parseArgs({
  options: {
    all: { type: 'boolean', default: false },
    interactions: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'build' },
    plain: { type: 'string', default: 'build-plain' },
    'rebuild-plain': { type: 'boolean', default: false },
    pages: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'plain-runs': { type: 'string', default: '2' },
    reference: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'max-wait': { type: 'string', default: '300' },
    unreliable: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results' },
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
const LIGHTHOUSE_VERSION = createRequire(import.meta.url)('lighthouse/package.json').version;
const SECONDS_PER_LIGHTHOUSE_RUN = 12; // a quiet 2-core machine, mobile: 10-15 s
const runs = { site: Number(args.runs), plain: Number(args['plain-runs']), reference: Number(args.runs) };
const doPages = !args.interactions;
const doInteractions = args.all || args.interactions;

const site = path.resolve(args.dir);
const plain = path.resolve(args.plain);
const reference = args.reference ? path.resolve(args.reference) : undefined;
if (reference && !fs.existsSync(path.join(reference, 'index.html'))) {
  console.error(`No build in ${reference} (--reference).`);
  process.exit(1);
}
if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`No build in ${site}: run \`npm run build\` first.`);
  process.exit(1);
}

/** What `chromium --version` says: Lighthouse's numbers move with the browser's version. */
function chromiumVersion() {
  const result = spawnSync(CHROME, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
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

const rule = quietRule({ unreliable: args.unreliable, maxWaitMs: Number(args['max-wait']) * 1000 });
const loads = [];
const measured = async (label, run) => {
  const result = await rule.measure(label, run);
  loads.push(result.load);
  return result;
};

/** Lighthouse runs of one page of one build, each with the load it ran under. */
async function lighthouseRuns(label, url, runOnce, count) {
  const list = [];
  for (let run = 0; run < count; run += 1) {
    const { value, load, reliable } = await measured(`${label} run ${run + 1}`, () => runOnce(url));
    list.push({ ...value, load, reliable });
  }
  const metrics = ['performance', 'tbt', 'longestTask', 'lcp', 'cls', 'dom', 'benchmarkIndex'];
  return {
    runs: list,
    reliable: list.every((run) => run.reliable),
    spread: Object.fromEntries(metrics.map((metric) => [metric, spreadOf(list, metric)])),
  };
}

/**
 * Every page of both builds, the site's and the plain build's of a page one after the other, so that
 * both columns of a row see the same conditions.
 */
async function measurePages(builds, pages, chromeBrowser) {
  const servers = {};
  for (const [label, dir] of Object.entries(builds)) servers[label] = await startStaticServer({ root: dir });
  const launchChrome = () => chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  let chrome = args['no-lighthouse'] ? undefined : await launchChrome();
  // A Chromium that died (out of memory on a crowded machine, say) is started again, once per run.
  const lighthouseOnce = async (url) => {
    try {
      return await lighthouseRun(url, chrome.port);
    } catch (error) {
      console.log(`  Lighthouse failed (${error.message.split('\n')[0]}); starting Chromium again`);
      await chrome.kill();
      chrome = await launchChrome();
      return lighthouseRun(url, chrome.port);
    }
  };
  const results = {};
  try {
    for (const page of pages) {
      results[page] = {};
      for (const [label, dir] of Object.entries(builds)) {
        if (!htmlFile(dir, page)) continue;
        const url = `${servers[label].url}${page}`;
        const row = { html: htmlBytes(dir, page), js: await pageJs(await chromeBrowser(), url) };
        if (chrome && runs[label] > 0) {
          row.lighthouse = await lighthouseRuns(`${label} ${page}`, url, lighthouseOnce, runs[label]);
          const { performance, tbt } = row.lighthouse.spread;
          console.log(
            `  ${label} ${page}: performance ${performance.median.toFixed(2)} (${row.lighthouse.runs.map((run) => run.performance.toFixed(2)).join('/')}), ` +
              `TBT ${Math.round(tbt.median)} ms; ${describeLoad(row.lighthouse.runs.at(-1).load)}`,
          );
        }
        results[page][label] = row;
      }
      const done = pages.indexOf(page) + 1;
      const minutes = (Date.now() - startedAt.getTime()) / 60_000;
      console.log(
        `  ${done}/${pages.length} pages in ${minutes.toFixed(1)} min; pages done in about ${Math.round((minutes / done) * pages.length)} min`,
      );
    }
  } finally {
    await chrome?.kill();
    for (const server of Object.values(servers)) await server.stop();
  }
  return results;
}

const INTERACTIONS = {
  search: { label: 'search: last keystroke to first visible result (warm)', target: 50, run: searchTimes },
  editor: {
    label: 'editor: Edit to a validated editor (warm)',
    target: 500,
    run: async (...rest) => (await editorTimes(...rest)).times,
  },
  study: { label: '/study: a rating to the next card shown', target: 50, run: studyTimes },
};

async function measureInteractions(chromeBrowser) {
  const server = await startStaticServer({ root: site });
  const results = {};
  try {
    for (const [name, { label, target, run }] of Object.entries(INTERACTIONS)) {
      const { value, load, reliable } = await measured(name, async () => run(await chromeBrowser(), server.url, {}));
      results[name] = {
        label,
        target,
        times: value.map((time) => Math.round(time)),
        spread: spread(value),
        load,
        reliable,
      };
      const { min, median, max } = results[name].spread;
      console.log(
        `  ${label}: ${Math.round(min)} / ${Math.round(median)} / ${Math.round(max)} ms; ${describeLoad(load)}`,
      );
    }
  } finally {
    await server.stop();
  }
  return results;
}

const pages = doPages ? (args.pages ? args.pages.split(',').map((page) => page.trim()) : sitemapPaths(site)) : [];
const estimate = Math.round(
  (pages.length * ((args['no-lighthouse'] ? 0 : runs.site + runs.plain) * SECONDS_PER_LIGHTHOUSE_RUN + 8) +
    (doInteractions ? 150 : 0)) /
    60,
);
console.log(
  `Chromium ${CHROME}; site ${site}; plain ${plain}; ${pages.length} pages, ${runs.site} Lighthouse runs per page of the site and ${runs.plain} of the plain build` +
    `${doInteractions ? '; interactions' : ''}; about ${estimate} min on a quiet machine`,
);
if (args.unreliable) console.log(`\n${UNRELIABLE.replace(/\*\*/g, '')}\n`);

const startedAt = new Date();
let before;
try {
  before = await rule.waitUntilQuiet('before the bench');
} catch (error) {
  if (!(error instanceof MachineBusyError)) throw error;
  console.error(error.message);
  process.exit(3);
}
console.log(`Machine before the runs: ${describeLoad(before)}`);

if (doPages && runs.plain > 0 && (args['rebuild-plain'] || !fs.existsSync(path.join(plain, 'index.html')))) {
  console.log(`Building the plain Docusaurus site into ${plain} ...`);
  const result = spawnSync('npx', ['docusaurus', 'build', 'tests/bench/plain', '--out-dir', plain], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let browser;
/** Playwright's Chromium, started again if it died (a crowded machine's out-of-memory killer, say). */
const playwrightBrowser = async () => {
  if (!browser?.isConnected()) {
    if (browser) console.log('  Chromium (Playwright) was gone; starting it again');
    browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(1) });
  }
  return browser;
};
let pageResults = {};
let interactions = {};
try {
  if (doPages) {
    const builds = runs.plain > 0 || args['no-lighthouse'] ? { site, plain } : { site };
    if (reference) builds.reference = reference;
    pageResults = await measurePages(builds, pages, playwrightBrowser);
  }
  if (doInteractions) interactions = await measureInteractions(playwrightBrowser);
} catch (error) {
  if (!(error instanceof MachineBusyError)) throw error;
  console.error(`\n${error.message}`);
  process.exit(3);
} finally {
  await browser?.close();
}

const result = {
  startedAt: startedAt.toISOString(),
  durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
  reliable: rule.unreliableCount() === 0 && !args.unreliable,
  rule: { busyCores: rule.busyCores },
  machine: {
    cpus: before.cpus,
    before,
    maxOthers: loads.length ? Math.max(...loads.map((load) => load.others)) : undefined,
    maxLoadavg: loads.length ? Math.max(...loads.map((load) => load.loadavg)) : undefined,
  },
  lighthouse: { version: LIGHTHOUSE_VERSION, chromium: CHROME, chromiumVersion: chromiumVersion() },
  reference,
  runs,
  pages: pageResults,
  interactions,
};
const name = `${result.startedAt.replace(/[:.]/g, '-')}${result.reliable ? '' : '-UNRELIABLE'}`;
const written = writeReport(result, path.resolve(args.out), name);
console.log(`\n${toMarkdown(result)}`);
console.log(`Report: ${written.markdown} and ${written.json}`);
