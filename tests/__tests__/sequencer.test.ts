import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { longestFirst, MEASURED_SECONDS } from '../sequencer';

const same = (file: string) => file;

const browserTestFiles = ['tests/e2e', 'tests/deploy'].flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.posix.join(dir, name)),
);

describe('the order of the browser and deployment test files', () => {
  test('every browser and deployment test file has its measured duration', () => {
    expect(browserTestFiles.length).toBeGreaterThan(10);
    expect(browserTestFiles.filter((file) => MEASURED_SECONDS[file] === undefined)).toEqual([]);
    expect(Object.keys(MEASURED_SECONDS).filter((file) => !fs.existsSync(file))).toEqual([]);
  });

  test('longest first, unknown files before them in their own order', () => {
    expect(
      longestFirst(['tests/e2e/print.test.ts', 'tests/e2e/pages.test.ts', 'tests/deploy/offline.test.ts'], same),
    ).toEqual(['tests/e2e/pages.test.ts', 'tests/deploy/offline.test.ts', 'tests/e2e/print.test.ts']);
    expect(
      longestFirst(['tests/e2e/print.test.ts', 'new-b.test.ts', 'tests/e2e/pages.test.ts', 'new-a.test.ts'], same),
    ).toEqual(['new-b.test.ts', 'new-a.test.ts', 'tests/e2e/pages.test.ts', 'tests/e2e/print.test.ts']);
  });
});
