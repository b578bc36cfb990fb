/**
 * Where a page draws relation graphs, and the Mermaid text of one as the page shows it. Shared by the
 * remark plugin that draws them (src/remark/relationGraph), the diagrams list (the diagrams command and
 * the stale-render test) and the manifest catalog, so all three name the same render.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ChapterGraph } from './graph';
import { relationMermaid } from './mermaid';

/** Links to the page's own embeds become `#anchor`. */
export function localLinks(permalink: string | undefined): (href: string) => string {
  return (href) => (permalink && href.startsWith(`${permalink}#`) ? href.slice(permalink.length) : href);
}

/** The `chapter` of each `<RelationGraph>` in a page's tree. */
export function relationGraphChapters(tree: Root): string[] {
  const chapters: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'RelationGraph') return;
    const chapter = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'chapter');
    if (chapter?.type === 'mdxJsxAttribute' && typeof chapter.value === 'string') chapters.push(chapter.value);
  });
  return chapters;
}

/** The Mermaid text of a chapter's relation graph as a page shows it. */
export function relationDiagramSource(graph: ChapterGraph, localize: (href: string) => string): string {
  return relationMermaid(graph, { link: localize });
}
