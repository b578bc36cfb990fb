/**
 * Every diagram of the site, with where it comes from: the ```mermaid blocks of the pages in docs/ (from
 * the content model), and the relation graphs that `<RelationGraph>` puts into a page. The diagrams
 * command and the stale-render test read this list; the build meets the same diagrams in its remark pass.
 */
import path from 'node:path';
import { loadPages } from '../content';
import { cachedRelations } from '../relations';
import { localLinks, relationDiagramSource, relationGraphChapters } from '../../relations/pageGraphs';
import type { DiagramSource } from './render';

export function siteDiagrams(docsDir: string, manifestsDir?: string): DiagramSource[] {
  return loadPages(docsDir).flatMap((page) => {
    const origin = path.relative(process.cwd(), page.absolutePath);
    const blocks = page.codeBlocks
      .filter((block) => block.lang === 'mermaid')
      .map((block) => ({ source: block.value, origin: `${origin}:${block.line}` }));
    if (!manifestsDir) return blocks;
    const graphs = relationGraphChapters(page.tree).flatMap((chapter) =>
      cachedRelations(manifestsDir, docsDir)
        .filter((graph) => graph.chapter === chapter && graph.edges.length > 0)
        .map((graph) => ({
          source: relationDiagramSource(graph, localLinks(page.permalink)),
          origin: `${origin} (<RelationGraph chapter="${chapter}">)`,
        })),
    );
    return [...blocks, ...graphs];
  });
}
