/**
 * The bench's report: the whole result as JSON, and a markdown table of it (the site beside the plain
 * Docusaurus build, min/median/max over the runs, the load every number ran under). A result measured on
 * a busy machine (`--unreliable`) says UNRELIABLE at the top of both, and on every row that ran loaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spread as spreadOfValues } from './stats.mjs';

const fixed = (digits) => (value) => (value === undefined ? '-' : value.toFixed(digits));
const whole = (value) => (value === undefined ? '-' : String(Math.round(value)));
const KiB = (bytes) => (bytes === undefined ? '-' : (bytes / 1024).toFixed(1));

/** `min / median / max` of a spread, or `-`. */
export function mmm(spread, format = whole) {
  if (!spread) return '-';
  // Two runs have no middle one: their range only.
  if (spread.n === 2) return `${format(spread.min)} – ${format(spread.max)}`;
  return spread.min === spread.max
    ? format(spread.median)
    : `${format(spread.min)} / ${format(spread.median)} / ${format(spread.max)}`;
}

export const UNRELIABLE =
  '**UNRELIABLE**: measured while other processes used more than the bench allows (`--unreliable`); for development only, not for comparison.';

/** Every Lighthouse run's benchmarkIndex, whatever the build. */
function benchmarkIndexes(result) {
  return Object.values(result.pages ?? {})
    .flatMap((row) => Object.values(row))
    .flatMap((build) => build?.lighthouse?.runs ?? [])
    .map((run) => run.benchmarkIndex)
    .filter((value) => typeof value === 'number');
}

const maxOthers = (loads) => (loads.length ? Math.max(...loads.map((load) => load.others)) : undefined);

function pageRow(page, site, plain, reference) {
  const s = site?.lighthouse?.spread;
  const p = plain?.lighthouse?.spread;
  const r = reference?.lighthouse?.spread;
  // The reference build's median, when the run has one: " · ref 0.97".
  const ref = (spread, format = whole) => (reference ? ` · ref ${format(spread?.median)}` : '');
  const loads = [site, plain, reference].flatMap((row) => row?.lighthouse?.runs ?? []).map((run) => run.load);
  const loaded = [site, plain, reference].some((row) => row?.lighthouse?.reliable === false);
  const longestBy = site?.lighthouse?.runs?.map((run) => run.longestBy).filter(Boolean);
  return [
    page,
    `${mmm(s?.performance, fixed(2))} · ${mmm(p?.performance, fixed(2))}${ref(r?.performance, fixed(2))}`,
    `${mmm(s?.tbt)} · ${mmm(p?.tbt)}${ref(r?.tbt)}`,
    `${mmm(s?.longestTask)}${longestBy?.length ? ` (${[...new Set(longestBy)].join(', ')})` : ''}`,
    `${whole(s?.lcp?.median)} · ${whole(p?.lcp?.median)}`,
    `${fixed(3)(s?.cls?.max)} · ${fixed(3)(p?.cls?.max)}`,
    `${whole(s?.dom?.median)} · ${whole(p?.dom?.median)}`,
    `${KiB(site?.js?.atLoad)} · ${KiB(plain?.js?.atLoad)}`,
    `${KiB(site?.html?.gzip)} · ${KiB(plain?.html?.gzip)}`,
    `${fixed(2)(maxOthers(loads))}${loaded ? ' UNRELIABLE' : ''}`,
  ];
}

const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

export function toMarkdown(result) {
  const lines = [`# Bench, ${result.startedAt}`, ''];
  if (!result.reliable) lines.push(`> ${UNRELIABLE}`, '');
  const { machine } = result;
  lines.push(
    `Machine: ${machine.cpus} CPUs. Before the runs: other processes ${machine.before.others.toFixed(2)} cores, load average ${machine.before.loadavg.toFixed(2)}; ` +
      `during them: other processes at most ${fixed(2)(machine.maxOthers)} cores (the rule: under ${result.rule.busyCores}), load average at most ${fixed(2)(machine.maxLoadavg)}. ` +
      `${Math.round(result.durationSeconds / 60)} min.`,
    '',
  );
  const index = benchmarkIndexes(result);
  if (index.length)
    lines.push(
      `Lighthouse's CPU benchmark of this machine (benchmarkIndex, higher is faster): ${mmm(spreadOfValues(index))} over ${index.length} runs. ` +
        'Numbers from runs whose index differs much, or from another Chromium, do not compare: measure a before and an after in one run (`--reference`).',
      '',
    );
  if (result.reference)
    lines.push(`Reference build (ref, median of as many runs as the site): ${result.reference}.`, '');
  if (Object.keys(result.pages).length) {
    lines.push(
      `## Pages: Lighthouse ${result.lighthouse.version} mobile (Moto G Power, slow 4G, 4x CPU), ${result.lighthouse.chromium}${result.lighthouse.chromiumVersion ? ` (${result.lighthouse.chromiumVersion})` : ''}`,
      '',
      `Each cell is site · plain Docusaurus (tests/bench/plain); min / median / max over ${result.runs.site} runs of the site and ${result.runs.plain} of the plain build (fewer: it is the reference, and the full run must fit in ~25 min; two runs show their range, min – max). ` +
        'Longest task: what Lighthouse attributes it to (render = style, layout, paint). JS and HTML: KiB gzip on the wire, one load. Others: the most cores other processes used during a run of the row.',
      '',
      table(
        [
          'page',
          'performance',
          'TBT ms',
          'longest task ms (site)',
          'LCP ms (median)',
          'CLS (max)',
          'DOM',
          'JS at load',
          'HTML',
          'others',
        ],
        Object.entries(result.pages).map(([page, row]) => pageRow(page, row.site, row.plain, row.reference)),
      ),
      '',
    );
  }
  if (Object.keys(result.interactions ?? {}).length) {
    lines.push(
      '## Interactions, 4x CPU slowdown',
      '',
      table(
        ['interaction', 'ms min / median / max', 'runs', 'target ms', 'others'],
        Object.entries(result.interactions).map(([name, entry]) => [
          entry.label ?? name,
          mmm(entry.spread),
          String(entry.spread?.n ?? 0),
          String(entry.target),
          `${fixed(2)(entry.load?.others)}${entry.reliable === false ? ' UNRELIABLE' : ''}`,
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}

/** Writes `<name>.json` and `<name>.md` into `dir`; returns their paths. */
export function writeReport(result, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `${name}.json`);
  const markdown = path.join(dir, `${name}.md`);
  fs.writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(markdown, `${toMarkdown(result)}\n`);
  return { json, markdown };
}
