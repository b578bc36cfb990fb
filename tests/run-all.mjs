#!/usr/bin/env node
/**
 * `npm test`: every check, with one summary line at the end ("N passed, N failed") counting every check
 * step and every test case.
 *
 * Two cores, so at most two heavy processes at a time:
 *   1. on one core the production build, then the BASE_URL=/kia/ build the deployment tests need, then
 *      the site tests (plain Node over build/, not timed); on the other the checks that need no build,
 *      one after another (typecheck, lint, format, layers, unit), which take longer than those three;
 *   2. the browser tests and the deployment tests (which reuse the /kia/ build of step 1) in one run,
 *      two test files at a time: a browser test waits on pages, service workers and timers more than it
 *      computes, so two keep both cores busy. Nothing timed depends on it: the one in-page timing (the
 *      command finder's 10,000-character input, within 100 ms) is the best of three, far under its bound;
 *      numbers that matter are the bench's, run alone (npm run bench).
 * A step's output is printed in one piece when it ends, so two steps never interleave their lines.
 */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASE_PATH_BUILD_ENV, buildForBasePath } from './deploy/basePathBuild.mjs';

// npm scripts run the Node of the `node` package (node_modules/.bin comes first on their PATH); the machine's
// own Node may be older and out of support. Say so at once rather than fail in odd ways later.
const wanted = JSON.parse(fs.readFileSync('package.json', 'utf8')).devDependencies.node;
if (process.versions.node !== wanted) {
  console.error(
    `npm test runs on Node ${wanted} from the \`node\` package, but this is Node ${process.versions.node} (${process.execPath}). ` +
      'Run it as `npm test` after `npm ci`, which puts node_modules/.bin first on the PATH.',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-tests-'));
let passed = 0;
let failed = 0;
const failures = [];
const timings = [];

/** Runs a command, its output kept and printed in one piece at the end; resolves to its exit status. */
function spawnStep(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '1', ...env },
    });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (status) => resolve({ status: status ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

/** One check step: a test run with a JSON report counts its test cases, any other command counts as one. */
async function run(label, command, args, { report, env } = {}) {
  const started = Date.now();
  const { status, output } = await spawnStep(command, args, env);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  process.stdout.write(output);
  if (report && fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numFailedTests > 0 || status !== 0) failures.push(label);
    if (json.numFailedTests === 0 && status !== 0) failed += 1; // a suite that crashed before its tests
  } else if (status === 0) {
    passed += 1;
  } else {
    failed += 1;
    failures.push(label);
  }
  console.log(`=== ${label}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds}s`);
  timings.push(`${label} ${seconds}s`);
  return status === 0;
}

const npx = 'npx';
/** A vitest run of one or more projects (`extra`: more command-line options). */
const vitest = (projects, { env, extra = [] } = {}) => {
  const names = [projects].flat();
  const report = path.join(reportDir, `${names.join('-')}.json`);
  return run(
    `tests (${names.join(', ')})`,
    npx,
    [
      'vitest',
      'run',
      ...names.flatMap((name) => ['--project', name]),
      ...extra,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { report, env },
  );
};

async function checksWithoutBuild() {
  await run('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  await run('lint', npx, ['eslint', '.', '--max-warnings', '0']);
  await run('format', npx, ['prettier', '--check', '.']);
  // The layers by where code runs (.dependency-cruiser.cjs): `npm run layers`.
  await run('layers', 'npm', ['run', '--silent', 'layers']);
  await vitest('unit');
}

/** The BASE_URL=/kia/ build the deployment tests need, into `dir`; resolves to whether it built. */
async function basePathBuild(dir) {
  const t0 = Date.now();
  const result = await buildForBasePath(dir);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`\n=== BASE_URL build for the deployment tests: ${result.ok ? 'ok' : 'FAILED'} in ${seconds}s`);
  if (!result.ok) console.log(result.output);
  timings.push(`BASE_URL build ${seconds}s`);
  return result.ok;
}

/** The production build, then the /kia/ build and the site tests over build/ (they need no Chromium). */
async function builds(basePathDir) {
  const built = await run('build', npx, ['docusaurus', 'build']);
  if (!built) return { built, basePathBuilt: false };
  const basePathBuilt = await basePathBuild(path.join(basePathDir, 'build-kia'));
  await vitest('site');
  return { built, basePathBuilt };
}

const started = Date.now();
const basePathDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-base-path-'));
const [{ built, basePathBuilt }] = await Promise.all([builds(basePathDir), checksWithoutBuild()]);
if (built) {
  // Chromium against the build; the deployment tests through Debian's nginx with deploy/nginx.conf (needs
  // the `nginx` package, see .ci/run). Without a BASE_URL build from step 1, the base-path test makes its
  // own (and fails if it cannot).
  await vitest(['e2e', 'deploy'], {
    env: basePathBuilt ? { [BASE_PATH_BUILD_ENV]: path.join(basePathDir, 'build-kia') } : {},
    extra: ['--maxWorkers=2', '--minWorkers=1'],
  });
} else {
  console.log('Skipping site, browser and deployment tests: the build failed (counted as failures).');
  failed += 2;
  failures.push('tests (site)', 'tests (e2e, deploy)');
}
fs.rmSync(basePathDir, { recursive: true, force: true });

console.log(`\nSteps: ${timings.join(', ')}; all in ${((Date.now() - started) / 1000).toFixed(1)}s`);
console.log(`\n${failures.length ? `Failed: ${failures.join(', ')}` : 'All checks passed.'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
