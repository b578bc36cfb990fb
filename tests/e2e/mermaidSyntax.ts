/**
 * Parses every ```mermaid block of a set of pages with Mermaid itself, inside Chromium (Mermaid needs a
 * DOM), and reports each syntax error as `<page>:<line>: <message>`. Rendering happens lazily in the
 * reader's browser, so without this a typo would only show up as a broken figure.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { codeBlocks, parsePage } from '../../src/lib/mdast';

const require = createRequire(import.meta.url);

export interface MermaidBlock {
  page: string;
  line: number;
  text: string;
}

export function mermaidBlocks(pages: string[]): MermaidBlock[] {
  return pages.flatMap((page) =>
    codeBlocks(parsePage(fs.readFileSync(page, 'utf8')))
      .filter((block) => block.lang === 'mermaid')
      .map((block) => ({ page, line: block.line, text: block.value })),
  );
}

export async function mermaidSyntaxErrors(browser: Browser, blocks: MermaidBlock[]): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    const results = await page.evaluate(
      async (texts: string[]) => {
        const mermaid = (window as unknown as { mermaid: { parse(text: string): Promise<unknown> } }).mermaid;
        const errors: (string | null)[] = [];
        for (const text of texts) {
          try {
            await mermaid.parse(text);
            errors.push(null);
          } catch (error) {
            errors.push(
              String((error as Error).message ?? error)
                .split('\n')
                .slice(0, 3)
                .join(' '),
            );
          }
        }
        return errors;
      },
      blocks.map((block) => block.text),
    );
    return results.flatMap((error, index) => {
      const block = blocks[index];
      return error && block ? [`${block.page}:${block.line}: ${error}`] : [];
    });
  } finally {
    await page.close();
  }
}
