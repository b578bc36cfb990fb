/**
 * A chapter graph as Mermaid flowchart source: one box per related object (`Kind name`), one arrow per
 * pair of related objects (labelled with every relation between them), and a `click` line per box linking to its manifest embed (or the command that creates it).
 * Objects of other chapters and objects made by commands get a dashed border; missing ones a thick one.
 */
import { nodeLabel, nodeOrigin, relatedNodes, sortedEdges } from './describe';
import { chapterNumber, type ChapterGraph } from './graph';

/** Mermaid's entity for a double quote: the only character of our labels that would end the string. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`;
}

export interface MermaidOptions {
  /** Turns a node's href into the link the diagram uses (e.g. `#anchor` on its own page). */
  link?: (href: string) => string;
}

export function relationMermaid(graph: ChapterGraph, options: MermaidOptions = {}): string {
  const link = options.link ?? ((href: string) => href);
  const nodes = relatedNodes(graph);
  const ids = new Map(nodes.map((node, index) => [node.id, `n${index}`]));
  const chapter = chapterNumber(graph.chapter);
  const lines = [
    'flowchart LR',
    `  accTitle: How the objects of chapter ${chapter} connect`,
    `  accDescr: ${nodes.length} objects and ${graph.edges.length} relations computed from the chapter's manifests; the list under the diagram names each relation and the field that makes it.`,
  ];
  for (const node of nodes) {
    const origin = nodeOrigin(node, graph);
    const label = origin ? `${nodeLabel(node, graph)}<br/>${origin}` : nodeLabel(node, graph);
    lines.push(`  ${ids.get(node.id)}[${quoted(label)}]`);
  }
  // One arrow per pair of objects: a pod that mounts a ConfigMap and reads env from it gets one arrow
  // labelled with both (the list under the diagram keeps one item per field).
  const arrows = new Map<string, string[]>();
  for (const edge of sortedEdges(graph)) {
    const key = `${ids.get(edge.from)} ${ids.get(edge.to)}`;
    const relations = arrows.get(key) ?? [];
    if (!relations.includes(edge.relation)) relations.push(edge.relation);
    arrows.set(key, relations);
  }
  for (const [key, relations] of arrows) {
    const [from, to] = key.split(' ');
    lines.push(`  ${from} -->|${quoted(relations.join(', '))}| ${to}`);
  }
  for (const node of nodes) {
    if (node.href) lines.push(`  click ${ids.get(node.id)} href ${quoted(link(node.href))}`);
  }
  const elsewhere = nodes.filter((node) => node.origin !== 'missing' && nodeOrigin(node, graph) !== '');
  const missing = nodes.filter((node) => node.origin === 'missing');
  if (elsewhere.length > 0) {
    lines.push('  classDef elsewhere stroke-dasharray: 5 4');
    lines.push(`  class ${elsewhere.map((node) => ids.get(node.id)).join(',')} elsewhere`);
  }
  if (missing.length > 0) {
    lines.push('  classDef missing stroke-width: 3px, stroke-dasharray: 2 2');
    lines.push(`  class ${missing.map((node) => ids.get(node.id)).join(',')} missing`);
  }
  return lines.join('\n');
}
