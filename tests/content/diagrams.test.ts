/**
 * The committed renders match the diagrams of docs/: a fresh clone builds without a browser only if every
 * diagram has both renders, and the renders are what the site shows, so none may be stale or orphaned.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagramKey } from '../../src/lib/build/diagrams/key';
import { siteDiagrams } from '../../src/lib/build/diagrams/sources';
import { renderedKeys, readRender } from '../../src/lib/build/diagrams/store';
import { svgIds } from '../../src/lib/diagrams/svg';

const rendersDir = path.resolve('static/diagrams');
const diagrams = siteDiagrams(path.resolve('docs'), path.resolve('manifests'));
const keys = new Set(diagrams.map((diagram) => diagramKey(diagram.source)));

describe('diagram renders', () => {
  test('the notes’ 16 figures are diagrams', () => {
    expect(diagrams.length).toBeGreaterThanOrEqual(16);
  });

  test('every diagram of docs/ has a light and a dark render (else: npm run diagrams)', () => {
    const missing = diagrams
      .filter((diagram) =>
        ['light', 'dark'].some(
          (theme) => !fs.existsSync(path.join(rendersDir, `${diagramKey(diagram.source)}-${theme}.svg`)),
        ),
      )
      .map((diagram) => `${diagram.origin}: no render (or a stale one): run \`npm run diagrams\``);
    expect(missing).toEqual([]);
  });

  test('no render is left that no diagram uses (npm run diagrams removes them)', () => {
    expect([...renderedKeys(rendersDir)].filter((key) => !keys.has(key))).toEqual([]);
  });

  test('every render carries its accTitle and accDescr, and a size', () => {
    for (const diagram of diagrams) {
      for (const theme of ['light', 'dark'] as const) {
        const { info } = readRender(rendersDir, diagramKey(diagram.source), theme);
        expect.soft(info.title, `${diagram.origin} (${theme})`).not.toBe('');
        expect.soft(info.description.length, `${diagram.origin} (${theme})`).toBeGreaterThan(20);
        expect.soft(info.width, `${diagram.origin} (${theme})`).toBeGreaterThan(50);
      }
    }
  });

  test('no two renders share an element ID, so any of them can be inlined together on one page', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const name of fs.readdirSync(rendersDir).filter((file) => file.endsWith('.svg'))) {
      const ids = svgIds(fs.readFileSync(path.join(rendersDir, name), 'utf8'));
      expect(ids.length, name).toBeGreaterThan(0);
      for (const id of new Set(ids)) {
        const owner = owners.get(id);
        if (owner) clashes.push(`${id}: ${owner} and ${name}`);
        owners.set(id, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
