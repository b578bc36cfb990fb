/**
 * Where Debian's Chromium is and how to start it on a machine with no network but the package
 * registries. npm cannot download browsers here: every tool that drives a browser (the diagram renderer,
 * the browser tests, `npm run pdf`) finds it through this one module. Plain ESM, so that scripts run with
 * node directly (scripts/pdf) import it too.
 */
import fs from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Chromium's path: `CHROME_PATH` when set, else the first Debian location that exists. */
export function findChromium(env = process.env, candidates = CHROMIUM_CANDIDATES) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((candidate) => fs.existsSync(candidate));
}

export const INSTALL_CHROMIUM_HINT =
  "Install Debian's Chromium with `sudo apt-get install chromium`, or point CHROME_PATH at a Chromium or Chrome binary.";

/** Chromium's path, or an error that starts with `needs` (what needs it) and says how to install it. */
export function requireChromium(needs, env = process.env, candidates = CHROMIUM_CANDIDATES) {
  const found = findChromium(env, candidates);
  if (found) return found;
  if (env.CHROME_PATH) throw new Error(`CHROME_PATH=${env.CHROME_PATH} does not exist.`);
  throw new Error(
    `${needs} and none was found: install it with \`sudo apt-get install chromium\` (Debian/Ubuntu), ` +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  );
}

/** Flags that stop Chromium from calling Google's hosts, which this machine's network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
