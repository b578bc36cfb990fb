/**
 * Every diagram is in the static HTML of its page, in both colour modes, with its size and text
 * alternative, and no Mermaid code is shipped to the browser at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPages } from '../../src/lib/content';
import { siteDiagrams } from '../../src/lib/diagrams/sources';
import { builtPageFile, decode } from './html';

const buildDir = path.resolve('build');
const diagrams = siteDiagrams(path.resolve('docs'));
const pages = loadPages(path.resolve('docs'))
  .map((doc) => ({
    doc,
    count: diagrams.filter((diagram) => diagram.origin.startsWith(`docs/${doc.relativePath}:`)).length,
  }))
  .filter((page) => page.count > 0);

function images(html: string, theme: 'light' | 'dark'): string[] {
  return [...html.matchAll(new RegExp(`<img\\b[^>]*class="diagram-${theme}\\b[^>]*>`, 'g'))].map((match) => match[0]);
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>]+))`).exec(tag);
  return match ? decode(match[1] ?? match[2] ?? '') : undefined;
}

describe('diagrams in the built pages', () => {
  test('pages with diagrams were found', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  test.each(pages.map((page) => [page.doc.permalink, page] as const))(
    '%s has every diagram as a light and a dark <img> with size, alt and caption',
    (_permalink, { doc, count }) => {
      const html = fs.readFileSync(builtPageFile(buildDir, doc.permalink), 'utf8');
      for (const theme of ['light', 'dark'] as const) {
        const tags = images(html, theme);
        expect(tags).toHaveLength(count);
        for (const tag of tags) {
          const src = attribute(tag, 'src') ?? '';
          expect(src).toMatch(new RegExp(`^/diagrams/[0-9a-f]{16}-${theme}\\.svg$`));
          expect(fs.existsSync(path.join(buildDir, src)), src).toBe(true);
          expect(Number(attribute(tag, 'width'))).toBeGreaterThan(50);
          expect(Number(attribute(tag, 'height'))).toBeGreaterThan(20);
          expect((attribute(tag, 'alt') ?? '').length).toBeGreaterThan(20);
        }
      }
      expect((html.match(/<figcaption\b/g) ?? []).length).toBeGreaterThanOrEqual(count);
    },
  );

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
