import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/sequencer';

/**
 * Four projects, run in this order by tests/run-all.mjs:
 * - unit: pure functions, remark plugins, manifests and docs sources (no build needed);
 * - site: checks over the production build in build/ (content fidelity, HTML);
 * - e2e: Chromium against the production build served on 127.0.0.1;
 * - deploy: Debian's nginx with deploy/nginx.conf against the production build (headers, then Chromium
 *   through it, under its Content-Security-Policy: offline reading, updates; and a build under a base path).
 */
/**
 * `expect.poll` in the browser tests: what the page shows after a keystroke or a click (a validation, a
 * count) can take seconds when two test files and their Chromiums share two cores. vitest's default of
 * 1 s failed the editor's draft test in a fresh-clone run ("valid" still shown 1 s after an edit); a
 * poll still ends as soon as its assertion holds.
 */
const BROWSER_POLL = { timeout: 10_000, interval: 50 };

export default defineConfig({
  test: {
    // Browser and deployment test files longest first, so that the two at a time end together (tests/sequencer.ts).
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/__tests__/**/*.test.ts',
            'scripts/**/__tests__/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/__tests__/**/*.test.ts',
          ],
          environment: 'node',
          // Parsing every page's MDX takes seconds on a busy 2-core machine.
          testTimeout: 30_000,
          // One module cache for all the files of a worker: the content model, the schema and the kubectl
          // spec are loaded once, not once per file (63 files: 3.5 min -> 40 s on a busy machine). The price:
          // a test that changes a global must restore it (they do: vi.unstubAllGlobals, vi.restoreAllMocks).
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // As for unit: the build's pages are read and parsed once for all the files.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: BROWSER_POLL },
        },
      },
      {
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 240_000,
          expect: { poll: BROWSER_POLL },
        },
      },
    ],
  },
});
