/**
 * One Lighthouse 12.2.3 run, mobile (its defaults: Moto G Power, slow 4G and 4x CPU slowdown, simulated),
 * performance only, in a Chromium that chrome-launcher started: score, TBT, the longest main-thread task
 * and what it was, CLS, LCP, DOM elements, and Lighthouse's measure of the machine's speed (benchmarkIndex).
 */
import lighthouse from 'lighthouse';

/**
 * What Lighthouse attributes a long task to, in a word: `main` (Docusaurus' client entry, main.js),
 * `chunk` (another script), `html` (parsing the page), `css`, or `render` (style, layout and paint,
 * which Lighthouse leaves unattributed).
 */
export function taskSource(task) {
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

export async function lighthouseRun(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const audits = lhr.audits;
  const tasks = audits['long-tasks']?.details?.items ?? [];
  const longest = tasks.reduce((max, task) => ((task.duration ?? 0) > (max?.duration ?? 0) ? task : max), undefined);
  return {
    performance: lhr.categories.performance?.score ?? 0,
    tbt: audits['total-blocking-time'].numericValue,
    longestTask: longest?.duration ?? 0,
    longestBy: taskSource(longest),
    cls: audits['cumulative-layout-shift'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    dom: audits['dom-size']?.numericValue,
    // Lighthouse's own CPU benchmark, taken in the page before the run: higher is faster. Two machines, or one
    // machine at two times, whose index differs give numbers that do not compare; a reference build measured
    // in the same run (--reference) does.
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  };
}
