/**
 * The order of the browser and deployment test files: longest first, so that the two run at a time end
 * together. vitest's own order on a fresh clone (no timings cached in node_modules/.vite) is largest file
 * first, which started the longest file, the page walk (3.7 min), six minutes into a fresh-clone run,
 * after the short ones, and the run then waited on it alone for two minutes.
 *
 * The numbers are each file's CPU seconds, measured alone on a quiet machine (all of the machine's CPU time
 * while `vitest run <file>` ran, Chromium included; the base-path test's without its /kia/ build, which
 * npm test makes beforehand). Wall times of a parallel run hide a file's beforeAll: the PDF test's
 * printing (111 CPU-s) showed there as 34 s.
 * A file not listed runs first, as vitest runs unknown files first; tests/__tests__/sequencer.test.ts
 * fails when a browser or deployment test file is missing here, so a new one gets its place.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const MEASURED_SECONDS: Record<string, number> = {
  'tests/e2e/pages.test.ts': 139,
  'tests/e2e/pdf.test.ts': 111,
  'tests/deploy/offline.test.ts': 89,
  'tests/e2e/js-at-load.test.ts': 62,
  'tests/e2e/study.test.ts': 60,
  'tests/deploy/base-path.test.ts': 55,
  'tests/e2e/manifests.test.ts': 53,
  'tests/e2e/search.test.ts': 50,
  'tests/e2e/simulations.test.ts': 50,
  'tests/deploy/update.test.ts': 47,
  'tests/e2e/explain.test.ts': 47,
  'tests/e2e/editor.test.ts': 44,
  'tests/e2e/commandIndex.test.ts': 39,
  'tests/e2e/phone-header.test.ts': 38,
  'tests/e2e/first-load.test.ts': 34,
  'tests/e2e/print.test.ts': 27,
  'tests/e2e/diagrams.test.ts': 26,
  'tests/deploy/nginx.test.ts': 5,
};

/**
 * `items` longest first by the measured duration of the file `pathOf` names (relative to the project
 * root); unknown files first, in their given order.
 */
export function longestFirst<T>(items: T[], pathOf: (item: T) => string): T[] {
  const seconds = (item: T) => MEASURED_SECONDS[pathOf(item)] ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable: unknown files keep their order among themselves. (No subtraction:
  // Infinity - Infinity is NaN.)
  return [...items].sort((a, b) => (seconds(a) === seconds(b) ? 0 : seconds(b) > seconds(a) ? 1 : -1));
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return longestFirst(await super.sort(files), (file) =>
      path.relative(this.ctx.config.root, file.moduleId).split(path.sep).join('/'),
    );
  }
}
