/**
 * The built "What changed since the book" page and the checked-against line: the page lists, in its static
 * HTML (no JavaScript), one line per `:::changed` of the chapters grouped by version, each link landing on an
 * id of the built chapter; it is in the sidebar (so in the PDF, which prints the sidebar's pages) and linked
 * from the home page; the home page and every chapter carry the line with today's versions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { attr, builtPageFile, idsOf, readBuiltPage, readHtml, select, selectAll, textOf } from '../builtHtml';
import { sidebarPages } from '../../scripts/pdf/book.mjs';

const buildDir = path.resolve('build');
const docsDir = path.resolve('docs');
const changes = readBuiltPage(builtPageFile(buildDir, '/changes'));
const home = readHtml(builtPageFile(buildDir, '/'));

/** The titles of the `:::changed` blocks of the chapters, read from the files with a line scan. */
const changedTitles = fs
  .readdirSync(docsDir)
  .filter((file) => /^ch\d{2}-.*\.mdx$/.test(file))
  .flatMap((file) =>
    [...fs.readFileSync(path.join(docsDir, file), 'utf8').matchAll(/^:::changed\[(.*) · [^\]]+\]$/gm)].map((match) =>
      (match[1] ?? '').replace(/`/g, ''),
    ),
  );

describe('the changes page', () => {
  test('grouped by Kubernetes version, newest first, in the static HTML', () => {
    const headings = selectAll(changes.main, 'h2').map((heading) => textOf(heading).trim());
    expect(headings[0]).toBe('Kubernetes 1.36');
    expect(headings).toContain('Kubernetes 1.35');
    const kubernetes = headings.filter((heading) => heading.startsWith('Kubernetes '));
    const minorOf = (heading: string) => Number(heading.split('.')[1]);
    expect(kubernetes.map(minorOf)).toEqual(kubernetes.map(minorOf).sort((a, b) => b - a));
    // minikube's own versions after Kubernetes', then the corrections.
    expect(headings.slice(kubernetes.length, -1).every((heading) => heading.startsWith('minikube '))).toBe(true);
    expect(headings).toContain('minikube 1.19');
    expect(headings.at(-1)).toBe('Corrections to the notes');
  });

  test('every :::changed of the chapters is a line of the page', () => {
    const lines = selectAll(changes.main, 'li').map((item) => textOf(item).replace(/\s+/g, ' ').trim());
    expect(changedTitles.length).toBeGreaterThan(30);
    const missing = changedTitles.filter((title) => !lines.some((line) => line.includes(title)));
    expect(missing).toEqual([]);
  });

  test('every entry links to an id of the built chapter page', () => {
    const links = selectAll(changes.main, 'li a');
    expect(links.length).toBeGreaterThan(30);
    const broken = links.flatMap((link) => {
      const href = attr(link, 'href') ?? '';
      const [pathname = '', hash] = href.split('#');
      const target = readHtml(builtPageFile(buildDir, pathname));
      return hash === undefined || idsOf(target).has(hash) ? [] : [href];
    });
    expect(broken).toEqual([]);
  });

  test('in the sidebar (the PDF prints the sidebar pages) and linked from the home page', () => {
    const html = fs.readFileSync(builtPageFile(buildDir, '/'), 'utf8');
    expect(sidebarPages(html)).toContain('/changes');
    const article = select(home, 'article');
    expect(selectAll(article ?? home, 'a').some((link) => attr(link, 'href') === '/changes')).toBe(true);
  });
});

describe('the checked-against line', () => {
  const expected = 'Checked against Kubernetes 1.37 (supported: 1.35-1.37) on 7 December 2026';
  test.each(['/', '/ch04-replication-controllers', '/ch08-pod-metadata-api', '/ch12-securing-api-server'])(
    '%s carries it in its static HTML',
    (route) => {
      const line = select(readHtml(builtPageFile(buildDir, route)), '[data-checked-against]');
      expect(line && textOf(line).replace(/\s+/g, ' ').trim()).toBe(expected);
    },
  );

  test('the changes page does not', () => {
    expect(select(changes.document, '[data-checked-against]')).toBeUndefined();
  });
});
