/**
 * The committed renders: `static/diagrams/<key>-<theme>.svg`, served at `/diagrams/<key>-<theme>.svg`.
 * A fresh clone builds from these without a browser; only a new or changed diagram needs Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { THEMES, type Theme } from '../../diagrams/settings';
import { svgInfo, type SvgInfo } from '../../diagrams/svg';

export function renderFileName(key: string, theme: Theme): string {
  return `${key}-${theme}.svg`;
}

export function hasRenders(dir: string, key: string): boolean {
  return THEMES.every((theme) => fs.existsSync(path.join(dir, renderFileName(key, theme))));
}

export function readRender(dir: string, key: string, theme: Theme): { svg: string; info: SvgInfo } {
  const file = path.join(dir, renderFileName(key, theme));
  const svg = fs.readFileSync(file, 'utf8');
  return { svg, info: svgInfo(svg, file) };
}

export function writeRender(dir: string, key: string, theme: Theme, svg: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, renderFileName(key, theme));
  // Write then rename: a build reading the folder never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, svg);
  fs.renameSync(temporary, file);
}

/** Keys that have a render in `dir`. */
export function renderedKeys(dir: string): Set<string> {
  if (!fs.existsSync(dir)) return new Set();
  return new Set(
    fs
      .readdirSync(dir)
      .map((name) => /^([0-9a-f]{16})-(?:light|dark)\.svg$/.exec(name)?.[1])
      .filter((key): key is string => Boolean(key)),
  );
}
