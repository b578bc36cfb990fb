/**
 * Where Debian's Chromium is and how to start it on a machine with no network but the package
 * registries. npm cannot download browsers here: every tool that drives a browser (the diagram renderer,
 * the browser tests, the benchmarks) finds it through this one module.
 */
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Chromium's path: `CHROME_PATH` when set, else the first Debian location that exists. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

export const INSTALL_CHROMIUM_HINT =
  "Install Debian's Chromium with `sudo apt-get install chromium`, or point CHROME_PATH at a Chromium or Chrome binary.";

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
