#!/usr/bin/env node
/**
 * Renders the web app manifest's PNG icons from the SVG sources in scripts/icons/ with Chromium
 * (playwright-core drives Debian's /usr/bin/chromium; npm cannot download browsers here). The PNGs are
 * committed under static/img/icons/, so a build needs no browser. Run after changing an SVG:
 *
 *   node scripts/render-icons.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = path.join(root, 'scripts', 'icons');
const target = path.join(root, 'static', 'img', 'icons');

/** [source SVG, output PNG, size in px]. Sizes follow what Chromium and iOS ask for. */
export const ICONS = [
  ['app-icon.svg', 'icon-192.png', 192],
  ['app-icon.svg', 'icon-512.png', 512],
  ['app-icon-maskable.svg', 'maskable-192.png', 192],
  ['app-icon-maskable.svg', 'maskable-512.png', 512],
  // iOS ignores the manifest's icons, draws no transparency and rounds the corners itself: full bleed.
  ['app-icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  fs.mkdirSync(target, { recursive: true });
  for (const [source, output, size] of ICONS) {
    const svg = fs.readFileSync(path.join(sources, source), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        svg.replace('<svg ', `<svg width="${size}" height="${size}" style="display:block" `) +
        `</body></html>`,
    );
    // omitBackground keeps the rounded corners of the "any" icon transparent.
    await page.screenshot({ path: path.join(target, output), omitBackground: true, type: 'png' });
    await page.close();
    console.log(`static/img/icons/${output} (${size}x${size}) from scripts/icons/${source}`);
  }
} finally {
  await browser.close();
}
