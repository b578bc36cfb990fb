import { describe, expect, test } from 'vitest';
import { mmm, toMarkdown } from '../report.mjs';
import { spread } from '../stats.mjs';

const load = { others: 0.1, loadavg: 0.4, cpus: 2, seconds: 5 };
function result(reliable: boolean, others = 0.1) {
  const runs = [0.99, 0.97, 0.98, 1, 0.98].map((performance) => ({
    performance,
    tbt: 40,
    longestTask: 80,
    longestBy: 'render',
    lcp: 1500,
    cls: 0,
    dom: 2254,
    load: { ...load, others },
    reliable,
  }));
  return {
    startedAt: '2026-12-07T05:00:00.000Z',
    durationSeconds: 1500,
    reliable,
    rule: { busyCores: 0.5 },
    machine: { cpus: 2, before: load, maxOthers: others, maxLoadavg: 0.5 },
    lighthouse: { version: '12.2.3', chromium: '/usr/bin/chromium' },
    runs: { site: 5, plain: 2 },
    pages: {
      '/ch06-volumes': {
        site: {
          html: { gzip: 24852 },
          js: { atLoad: 126442 },
          lighthouse: { runs, reliable, spread: { performance: spread(runs.map((run) => run.performance)) } },
        },
      },
    },
    interactions: {},
  };
}

describe('bench report', () => {
  test('min / median / max over an odd count; the range of two runs; a single value once', () => {
    expect(mmm(spread([3, 1, 2, 5, 4]))).toBe('1 / 3 / 5');
    expect(mmm(spread([7, 9]))).toBe('7 – 9');
    expect(mmm(spread([4, 4, 4]))).toBe('4');
  });

  test('a reliable run shows its load and no warning', () => {
    const markdown = toMarkdown(result(true));
    expect(markdown).not.toContain('UNRELIABLE');
    expect(markdown).toContain('| /ch06-volumes | 0.97 / 0.98 / 1.00 · - |');
    expect(markdown).toContain('other processes 0.10 cores');
  });

  test('a run on a busy machine says UNRELIABLE at the top and on its rows', () => {
    const markdown = toMarkdown(result(false, 1.6));
    expect(markdown.split('\n')[2]).toMatch(/^> \*\*UNRELIABLE\*\*/);
    expect(markdown).toMatch(/\| 1\.60 UNRELIABLE \|$/m);
  });

  test('a reference build measured in the same run shows its median beside the site and plain columns, and the machine index is reported', () => {
    const base = result(true);
    const page = base.pages['/ch06-volumes'];
    const referenceRuns = [0.91, 0.93, 0.92].map((performance, index) => ({
      performance,
      tbt: [300, 200, 250][index],
      benchmarkIndex: [1800, 2400, 2100][index],
      load,
      reliable: true,
    }));
    const withReference = {
      ...base,
      reference: '/tmp/old-build',
      pages: {
        '/ch06-volumes': {
          ...page,
          reference: {
            lighthouse: {
              runs: referenceRuns,
              reliable: true,
              spread: {
                performance: spread(referenceRuns.map((run) => run.performance)),
                tbt: spread(referenceRuns.map((run) => run.tbt)),
              },
            },
          },
        },
      },
    };
    const markdown = toMarkdown(withReference);
    expect(markdown).toContain('| /ch06-volumes | 0.97 / 0.98 / 1.00 · - · ref 0.92 | - · - · ref 250 |');
    expect(markdown).toContain('Reference build (ref, median of as many runs as the site): /tmp/old-build.');
    expect(markdown).toContain('(benchmarkIndex, higher is faster): 1800 / 2100 / 2400 over 3 runs');
    expect(toMarkdown(base)).not.toContain('ref ');
  });
});
