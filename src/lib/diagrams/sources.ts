/**
 * Every diagram of the site, with where it comes from: the ```mermaid blocks of the pages in docs/ (from
 * the content model). The diagrams command and the stale-render test read this list; the build meets
 * the same blocks in its remark pass.
 */
import path from 'node:path';
import { loadPages } from '../content';
import type { DiagramSource } from './render';

export function siteDiagrams(docsDir: string): DiagramSource[] {
  return loadPages(docsDir).flatMap((page) =>
    page.codeBlocks
      .filter((block) => block.lang === 'mermaid')
      .map((block) => ({
        source: block.value,
        origin: `${path.relative(process.cwd(), page.absolutePath)}:${block.line}`,
      })),
  );
}
