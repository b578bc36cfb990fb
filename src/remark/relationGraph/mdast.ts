/** The Markdown a chapter graph becomes: the diagram, the list of relations and the warnings. */
import { relationDiagramSource } from '../../lib/relations/pageGraphs';
import type { BlockContent, Code, List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import {
  chapterNumber,
  edgeFields,
  nodeById,
  nodeLabel,
  nodeOrigin,
  relatedNodes,
  relationPhrase,
  sortedEdges,
  type ChapterGraph,
  type RelationNode,
  type RelationWarning,
} from '../../lib/build/relations';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });

/** A node as a link to its manifest embed (`#anchor` on its own page), or plain text when nothing creates it. */
function nodeLink(node: RelationNode, graph: ChapterGraph, localize: (href: string) => string): PhrasingContent[] {
  const label = nodeLabel(node, graph);
  const origin = nodeOrigin(node, graph);
  const name: PhrasingContent = node.href
    ? { type: 'link', url: localize(node.href), children: [text(label)] }
    : text(label);
  return origin ? [name, text(` (${origin})`)] : [name];
}

function fieldList(fields: string[]): PhrasingContent[] {
  return fields.flatMap((field, index) => {
    const separator = index === 0 ? [] : [text(index === fields.length - 1 ? ' and ' : ', ')];
    return [...separator, code(field)];
  });
}

export function relationList(graph: ChapterGraph, localize: (href: string) => string): List {
  const items: ListItem[] = sortedEdges(graph).map((edge) => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          ...nodeLink(nodeById(graph, edge.from), graph, localize),
          text(` ${relationPhrase(edge)} `),
          ...nodeLink(nodeById(graph, edge.to), graph, localize),
          text(' through '),
          ...fieldList(edgeFields(edge)),
        ],
      },
    ],
  }));
  return { type: 'list', ordered: false, spread: false, children: items };
}

function warningItem(warning: RelationWarning): ListItem {
  return {
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [code(warning.file), text(`: ${warning.object}: ${warning.message}`)] }],
  };
}

/** `:::warning[...]` as the directive parser would have produced it: Docusaurus turns it into an admonition. */
export function warningAdmonition(warnings: RelationWarning[]): BlockContent {
  const list: List = { type: 'list', ordered: false, spread: false, children: warnings.map(warningItem) };
  return {
    type: 'containerDirective',
    name: 'warning',
    attributes: { title: 'What the manifests leave open' },
    children: [list],
  } as unknown as BlockContent;
}

export function diagram(graph: ChapterGraph, localize: (href: string) => string): BlockContent {
  const nodes = relatedNodes(graph).length;
  const caption =
    `How the ${nodes} related objects of chapter ${chapterNumber(graph.chapter)} connect, computed from its manifests: ` +
    `${graph.edges.length} relations. Each box links to its manifest; dashed boxes come from another chapter or a command.`;
  const mermaid: Code = {
    type: 'code',
    lang: 'mermaid',
    meta: 'inline',
    value: relationDiagramSource(graph, localize),
  };
  return {
    type: 'mdxJsxFlowElement',
    name: 'Diagram',
    attributes: [{ type: 'mdxJsxAttribute', name: 'caption', value: caption }],
    children: [mermaid],
  } as unknown as BlockContent;
}

export function noRelations(graph: ChapterGraph): Paragraph {
  return {
    type: 'paragraph',
    children: [text(`The manifests of chapter ${chapterNumber(graph.chapter)} do not name or select each other.`)],
  };
}
