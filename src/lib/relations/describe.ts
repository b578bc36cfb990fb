/** Words for nodes and relations, shared by the chapter pages, the catalog and the build's warnings. */
import { chapterNumber, type ChapterGraph, type RelationEdge, type RelationNode, type RelationWarning } from './graph';

/** `Service kubia`, with the file name added when the graph has another object of that kind and name. */
export function nodeLabel(node: RelationNode, graph: ChapterGraph): string {
  const twin = graph.nodes.some((other) => other !== node && other.kind === node.kind && other.name === node.name);
  const base = `${node.kind} ${node.name}`;
  return twin && node.file ? `${base} (${node.file.split('/').pop()})` : base;
}

/** Where a node comes from when it is not one of the chapter's manifests; '' when it is. */
export function nodeOrigin(node: RelationNode, graph: ChapterGraph): string {
  if (node.origin === 'missing') return 'created by nothing in the notes';
  const chapter = node.chapter ? chapterNumber(node.chapter) : NaN;
  const elsewhere = node.chapter !== graph.chapter;
  if (node.origin === 'command')
    return elsewhere ? `created by a command in chapter ${chapter}` : 'created by a command';
  return elsewhere ? `from chapter ${chapter}` : '';
}

export function nodeById(graph: ChapterGraph, id: string): RelationNode {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`relations: edge names node ${id}, which the ${graph.chapter} graph does not have`);
  return node;
}

/** Edges in reading order: by source object (file order), then by field. */
export function sortedEdges(graph: ChapterGraph): RelationEdge[] {
  const order = new Map(graph.nodes.map((node, index) => [node.id, index]));
  return [...graph.edges].sort(
    (a, b) => (order.get(a.from) ?? 0) - (order.get(b.from) ?? 0) || (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0),
  );
}

/** The nodes that take part in at least one relation. */
export function relatedNodes(graph: ChapterGraph): RelationNode[] {
  const used = new Set(graph.edges.flatMap((edge) => [edge.from, edge.to]));
  return graph.nodes.filter((node) => used.has(node.id));
}

/** One line per warning: `manifests/ch05/kubia-svc.yml: Service kubia: ...` */
export function warningLine(warning: RelationWarning): string {
  return `${warning.file}: ${warning.object}: ${warning.message}`;
}

/** The words between the two objects of a relation: `Service kubia <selects the pods of> Deployment kubia`. */
export function relationPhrase(edge: RelationEdge): string {
  return edge.relation === 'selects' ? 'selects the pods of' : edge.relation;
}

/** The fields of an edge, one by one (a claim binds through three). */
export function edgeFields(edge: RelationEdge): string[] {
  return edge.field.split(', ');
}

/** A relation as one plain sentence (for the build log and tests). */
export function relationSentence(edge: RelationEdge, graph: ChapterGraph): string {
  const from = nodeById(graph, edge.from);
  const to = nodeById(graph, edge.to);
  const origin = nodeOrigin(to, graph);
  return `${nodeLabel(from, graph)} ${relationPhrase(edge)} ${nodeLabel(to, graph)}${origin ? ` (${origin})` : ''} through ${edgeFields(edge).join(', ')}`;
}

/** One end of a relation, ready to show: label, link and where it comes from. */
export interface RelationEnd {
  label: string;
  href?: string;
  /** '' for an object of the chapter's manifests. */
  origin: string;
}

/** A relation as plain data (JSON for the catalog page). */
export interface RelationItem {
  from: RelationEnd;
  relation: string;
  to: RelationEnd;
  fields: string[];
}

function end(node: RelationNode, graph: ChapterGraph): RelationEnd {
  return { label: nodeLabel(node, graph), href: node.href, origin: nodeOrigin(node, graph) };
}

export function relationItems(graph: ChapterGraph): RelationItem[] {
  return sortedEdges(graph).map((edge) => ({
    from: end(nodeById(graph, edge.from), graph),
    relation: relationPhrase(edge),
    to: end(nodeById(graph, edge.to), graph),
    fields: edgeFields(edge),
  }));
}
