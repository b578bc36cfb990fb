/**
 * Every diagram is in the static HTML of its page, in both colour modes, with its size and text
 * alternative, and no Mermaid code is shipped to the browser at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPages } from '../../src/lib/build/content';
import { siteDiagrams } from '../../src/lib/build/diagrams/sources';
import { attr, builtPageFile, hasClass, readHtml, selectAll, type HtmlDocument } from '../builtHtml';

const buildDir = path.resolve('build');
const diagrams = siteDiagrams(path.resolve('docs'));
const pages = loadPages(path.resolve('docs'))
  .map((doc) => ({
    doc,
    count: diagrams.filter((diagram) => diagram.origin.startsWith(`docs/${doc.relativePath}:`)).length,
  }))
  .filter((page) => page.count > 0);

/** A page's diagram renders, light and dark, in document order. */
function diagramImages(document: HtmlDocument) {
  return selectAll(document, 'img').filter(
    (image) => hasClass(image, 'diagram-light') || hasClass(image, 'diagram-dark'),
  );
}

describe('diagrams in the built pages', () => {
  test('pages with diagrams were found', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  test.each(pages.map((page) => [page.doc.permalink, page] as const))(
    '%s has every diagram as a light and a dark <img> with size, alt and caption',
    (_permalink, { doc, count }) => {
      const document = readHtml(builtPageFile(buildDir, doc.permalink));
      for (const theme of ['light', 'dark'] as const) {
        const images = selectAll(document, `img.diagram-${theme}`);
        expect(images).toHaveLength(count);
        for (const image of images) {
          const src = attr(image, 'src') ?? '';
          expect(src).toMatch(new RegExp(`^/diagrams/[0-9a-f]{16}-${theme}\\.svg$`));
          expect(fs.existsSync(path.join(buildDir, src)), src).toBe(true);
          expect(Number(attr(image, 'width'))).toBeGreaterThan(50);
          expect(Number(attr(image, 'height'))).toBeGreaterThan(20);
          expect((attr(image, 'alt') ?? '').length).toBeGreaterThan(20);
        }
      }
      expect(selectAll(document, 'figcaption').length).toBeGreaterThanOrEqual(count);
    },
  );

  test("only chapter 11's opening diagram, on its first screen, loads with the page; every other one lazily", () => {
    const eager = pages.flatMap(({ doc }) =>
      diagramImages(readHtml(builtPageFile(buildDir, doc.permalink)))
        .filter((image) => attr(image, 'loading') !== 'lazy')
        .map((image) => `${doc.permalink} ${attr(image, 'loading')} ${attr(image, 'src')}`),
    );
    const opening = diagramImages(readHtml(builtPageFile(buildDir, '/ch11-internals')))
      .slice(0, 2)
      .map((image) => `/ch11-internals eager ${attr(image, 'src')}`);
    expect(opening).toHaveLength(2);
    expect(eager).toEqual(opening);
  });

  test('no JavaScript of the build contains Mermaid', () => {
    const jsDir = path.join(buildDir, 'assets', 'js');
    const withMermaid = fs
      .readdirSync(jsDir)
      .filter((file) => file.endsWith('.js'))
      .filter((file) =>
        /mermaidAPI|mermaid\.(?:render|initialize|parse)\(|startOnLoad/.test(
          fs.readFileSync(path.join(jsDir, file), 'utf8'),
        ),
      );
    expect(withMermaid).toEqual([]);
  });
});
