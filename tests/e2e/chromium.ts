/**
 * Finds Debian's Chromium (npm cannot download browsers on these machines) and launches it with the
 * flags this closed network needs. Never skips: a missing browser is installed (as root) or is an error
 * that says how to install it.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_CHROMIUM_HINT } from '../../src/lib/build/chromium.mjs';

export { CHROMIUM_ARGS, findChromium };

/** Returns Chromium's path, installing Debian's package first when running as root. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
  }
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing Debian package "chromium" with apt-get...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(`Browser tests need Chromium and none was found. ${INSTALL_CHROMIUM_HINT}`);
}

/**
 * Launches Chromium. Its contexts (and `browser.newPage()`) block service workers unless a test asks for
 * them with `serviceWorkers: 'allow'`: the worker precaches the whole site (about 340 files) in the
 * background of every context that lets it, which cost a test file CPU it did not test (the search tests:
 * 68 -> 50 CPU-s). The offline, update and base-path tests, the diagram test and the walk's request check
 * allow it.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (contextOptions = {}) => newContext({ serviceWorkers: 'block', ...contextOptions });
  browser.newPage = (pageOptions = {}) => newPage({ serviceWorkers: 'block', ...pageOptions });
  return browser;
}
