/**
 * The order of the test files when vitest has no timings of its own (a fresh clone has no
 * node_modules/.vite cache, and vitest then runs the largest files first): the browser and deployment
 * files that take longest go first, so that the two at a time finish together instead of the longest
 * one starting last. Measured on a quiet machine (CI run of the fresh clone, seconds per file, longest
 * first); a file not listed runs after these in vitest's own order. With timings cached (a second run on
 * the same clone) vitest's order, which also puts failed files first, is kept.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const LONGEST_FIRST = [
  'tests/e2e/pages.test.ts',
  'tests/deploy/offline.test.ts',
  'tests/e2e/editor.test.ts',
  'tests/e2e/search.test.ts',
  'tests/e2e/study.test.ts',
  'tests/deploy/update.test.ts',
  'tests/e2e/manifests.test.ts',
  'tests/deploy/base-path.test.ts',
  'tests/e2e/explain.test.ts',
  'tests/e2e/simulations.test.ts',
  'tests/e2e/commandIndex.test.ts',
  'tests/e2e/phone-header.test.ts',
  'tests/e2e/diagrams.test.ts',
  'tests/e2e/js-at-load.test.ts',
  'tests/e2e/first-load.test.ts',
];

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cached = files.every((file) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${path.relative(this.ctx.config.root, file.moduleId)}`),
    );
    const sorted = await super.sort(files);
    if (cached) return sorted;
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(path.relative(this.ctx.config.root, file.moduleId));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: unlisted files keep vitest's order among themselves.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
