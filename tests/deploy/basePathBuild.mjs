/**
 * The site built for a sub-path (`BASE_URL=/kia/`), as the deployment tests serve it. Plain ESM so that
 * tests/run-all.mjs can make it beside the site tests (before the browser tests), and the base-path test
 * can make it itself when run alone. The build has its own generated-files folder and no persistent
 * cache, so build/ and .docusaurus/ of the main build stay as they are.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export const BASE = '/kia/';
export const SITE = 'https://notes.example.org';
/** Set by tests/run-all.mjs to a finished BASE_URL build; the base-path test then uses it as it is. */
export const BASE_PATH_BUILD_ENV = 'KIA_BASE_PATH_BUILD';
const GENERATED = '.docusaurus-base-path';

/** Builds the site for BASE_URL=/kia/ into outDir (asynchronously: a test worker keeps talking to vitest). */
export function buildForBasePath(outDir) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['docusaurus', 'build', '--out-dir', outDir], {
      env: {
        ...process.env,
        SITE_URL: SITE,
        BASE_URL: BASE,
        DOCUSAURUS_GENERATED_FILES_DIR_NAME: GENERATED,
        DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk.toString()));
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.on('close', (code) => {
      fs.rmSync(GENERATED, { recursive: true, force: true });
      resolve({ ok: code === 0, output });
    });
  });
}
