/**
 * Every diagram of the site, with where it comes from: the ```mermaid blocks of the pages in docs/.
 * The diagrams command and the stale-render test read this list; the build meets the same blocks in
 * its remark pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import { codeBlocks, parsePage } from '../mdast';
import type { DiagramSource } from './render';

export function siteDiagrams(docsDir: string): DiagramSource[] {
  return fs
    .readdirSync(docsDir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .flatMap((name) => {
      const file = path.join(docsDir, name);
      const origin = path.relative(process.cwd(), file);
      return codeBlocks(parsePage(fs.readFileSync(file, 'utf8')))
        .filter((block) => block.lang === 'mermaid')
        .map((block) => ({ source: block.value, origin: `${origin}:${block.line}` }));
    });
}
