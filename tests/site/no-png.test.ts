/** The notes' PNGs never existed: no page of the built site shows or links a .png image. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { attr, readHtml, selectAll } from '../builtHtml';

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
}

test('no page of the build has a PNG image', () => {
  const pages = htmlFiles('build');
  expect(pages.length).toBeGreaterThan(10);
  const offenders = pages.filter((file) =>
    selectAll(readHtml(file), 'img').some((img) => /\.png(?:[?#]|$)/i.test(attr(img, 'src') ?? '')),
  );
  expect(offenders).toEqual([]);
});

test('no page source references an image file of the notes', () => {
  const sources = fs.readdirSync('docs', { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
  const offenders = sources.filter((file) =>
    /!\[[^\]]*\]\([^)]*\.png\)|imgs\//.test(fs.readFileSync(path.join('docs', file), 'utf8')),
  );
  expect(offenders).toEqual([]);
});
