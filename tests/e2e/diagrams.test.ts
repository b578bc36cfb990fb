/**
 * Every figure of the notes is a Mermaid diagram that parses and renders to SVG in light and dark mode,
 * on every page, with its caption; a syntax error names the page.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { scrollThroughPage, siteUrl } from './site';
import { loadDocs } from '../../src/lib/docs';
import { mermaidBlocks, mermaidSyntaxErrors } from './mermaidSyntax';

const docs = loadDocs(path.resolve('docs'));
const blocks = mermaidBlocks(docs.map((doc) => doc.absolutePath).map((file) => path.relative(process.cwd(), file)));
// Each <RelationGraph> becomes one more diagram (generated at build time by src/remark/relationGraph).
const relationGraphs = (source: string) => (source.match(/^<RelationGraph\b/gm) ?? []).length;
const pagesWithDiagrams = docs
  .map((doc) => ({
    doc,
    count: blocks.filter((block) => path.resolve(block.page) === doc.absolutePath).length + relationGraphs(doc.source),
  }))
  .filter((entry) => entry.count > 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('diagrams', () => {
  test('the notes’ 16 figures are Mermaid diagrams', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(16);
  });

  test('every diagram in docs/ parses', async () => {
    expect(await mermaidSyntaxErrors(browser, blocks)).toEqual([]);
  });

  test('a syntax error is reported with its page and line', async () => {
    const fixture = 'tests/fixtures/bad-mermaid/broken-diagram.mdx';
    const errors = await mermaidSyntaxErrors(browser, mermaidBlocks([fixture]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^tests\/fixtures\/bad-mermaid\/broken-diagram\.mdx:7: .*Parse error/);
  });

  describe.each(['light', 'dark'])('in %s mode', (mode) => {
    test.each(pagesWithDiagrams.map((entry) => [entry.doc.permalink, entry] as const))(
      '%s renders every diagram as SVG with a caption',
      async (permalink, { count }) => {
        const context = await browser.newContext({ colorScheme: mode as 'light' | 'dark' });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${siteUrl()}${permalink}`);
        await page.waitForSelector('html[data-has-hydrated="true"]');
        expect(await page.getAttribute('html', 'data-theme')).toBe(mode);
        await scrollThroughPage(page);
        const diagrams = page.locator('figure:has(.docusaurus-mermaid-container svg)');
        await expect.poll(() => diagrams.count(), { timeout: 20_000 }).toBe(count);
        for (let index = 0; index < count; index += 1) {
          const figure = diagrams.nth(index);
          const svg = figure.locator('svg[aria-roledescription]').first();
          // accTitle/accDescr become the SVG's <title> and <desc>, which screen readers announce.
          expect((await svg.locator('title').first().textContent())?.trim()).toBeTruthy();
          expect((await svg.locator('desc').first().textContent())?.trim()).toBeTruthy();
          expect((await figure.locator('figcaption').textContent())?.trim().length).toBeGreaterThan(20);
        }
        expect(await page.getByText(/Syntax error in text|Parse error/).count()).toBe(0);
        expect(errors).toEqual([]);
        await context.close();
      },
    );
  });
});
