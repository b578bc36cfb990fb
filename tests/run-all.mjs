#!/usr/bin/env node
/**
 * `npm test`: every check, in the order a failure is cheapest to find, with one summary line at the end
 * ("N passed, N failed") counting every check step and every test case.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

function run(label, command, args, { report } = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (report && fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numFailedTests > 0 || result.status !== 0) failures.push(label);
    if (json.numFailedTests === 0 && result.status !== 0) failed += 1; // a suite that crashed before its tests
  } else if (result.status === 0) {
    passed += 1;
  } else {
    failed += 1;
    failures.push(label);
  }
  console.log(`=== ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds}s`);
  return result.status === 0;
}

const npx = 'npx';
const vitest = (project) => {
  const report = path.join(reportDir, `${project}.json`);
  return run(
    `tests (${project})`,
    npx,
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      report,
    },
  );
};

run('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('lint', npx, ['eslint', '.', '--max-warnings', '0']);
run('format', npx, ['prettier', '--check', '.']);
vitest('unit');
const built = run('build', npx, ['docusaurus', 'build']);
if (built) {
  vitest('site');
  vitest('e2e');
  // Debian's nginx with deploy/nginx.conf against the build (needs the `nginx` package, see .ci/run).
  vitest('deploy');
} else {
  console.log('Skipping site, browser and deployment tests: the build failed (counted as failures).');
  failed += 3;
  failures.push('tests (site)', 'tests (e2e)', 'tests (deploy)');
}

console.log(`\n${failures.length ? `Failed: ${failures.join(', ')}` : 'All checks passed.'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
