/**
 * The order of the browser and deployment test files: longest first, so that the two run at a time end
 * together. vitest's own order on a fresh clone (no timings cached in node_modules/.vite) is largest file
 * first, which started the longest file, the page walk (3.7 min), six minutes into a fresh-clone run,
 * after the short ones, and the run then waited on it alone for two minutes.
 *
 * The durations are those of a fresh-clone CI run on a quiet machine (seconds, two files at a time).
 * A file not listed runs first, as vitest runs unknown files first; tests/__tests__/sequencer.test.ts
 * fails when a browser or deployment test file is missing here, so a new one gets its place.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const MEASURED_SECONDS: Record<string, number> = {
  'tests/e2e/pages.test.ts': 224,
  'tests/deploy/offline.test.ts': 86,
  'tests/e2e/search.test.ts': 79,
  'tests/e2e/study.test.ts': 73,
  'tests/e2e/editor.test.ts': 72,
  'tests/e2e/manifests.test.ts': 67,
  'tests/deploy/update.test.ts': 59,
  'tests/deploy/base-path.test.ts': 56,
  'tests/e2e/explain.test.ts': 49,
  'tests/e2e/commandIndex.test.ts': 36,
  'tests/e2e/simulations.test.ts': 35,
  'tests/e2e/pdf.test.ts': 34,
  'tests/e2e/phone-header.test.ts': 34,
  'tests/e2e/first-load.test.ts': 32,
  'tests/e2e/diagrams.test.ts': 31,
  'tests/e2e/js-at-load.test.ts': 31,
  'tests/e2e/print.test.ts': 22,
  'tests/deploy/nginx.test.ts': 1,
};

/** Sorts paths (relative to the project root) longest first; unknown ones first, in their given order. */
export function longestFirst(files: string[]): string[] {
  const seconds = (file: string) => MEASURED_SECONDS[file] ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable: unknown files keep their order among themselves.
  return [...files].sort((a, b) => (seconds(a) === seconds(b) ? 0 : seconds(b) > seconds(a) ? 1 : -1));
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const key = (file: TestSpecification) =>
      path.relative(this.ctx.config.root, file.moduleId).split(path.sep).join('/');
    const order = longestFirst(sorted.map(key));
    return [...sorted].sort((a, b) => order.indexOf(key(a)) - order.indexOf(key(b)));
  }
}
