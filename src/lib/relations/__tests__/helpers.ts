import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { ChapterGraph, CommandObject, ManifestDocument } from '../graph';
import { buildRelationGraphs } from '../graph';

export const fixtures = path.join(__dirname, 'fixtures');

/** The objects of a fixture file, as chapter `chapter`'s manifest `<chapter>/<name>`. */
export function fixture(name: string, chapter = 'ch01'): ManifestDocument[] {
  const text = fs.readFileSync(path.join(fixtures, name), 'utf8');
  return yaml.loadAll(text).map((object, index) => ({
    chapter,
    file: `${chapter}/${name}`,
    index,
    object: object as Record<string, unknown>,
    section: { permalink: `/${chapter}-page`, anchor: 'apply-it', title: 'Apply it' },
  }));
}

/** Edges as `Kind name --relation--> Kind name @ field`, sorted: what the tests compare. */
export function edgeLines(graph: ChapterGraph | undefined): string[] {
  if (!graph) throw new Error('no graph');
  const label = (id: string) => {
    const node = graph.nodes.find((candidate) => candidate.id === id);
    return node ? `${node.kind} ${node.name}` : `?${id}`;
  };
  return graph.edges
    .map((edge) => `${label(edge.from)} --${edge.relation}--> ${label(edge.to)} @ ${edge.field}`)
    .sort();
}

export function graphOf(documents: ManifestDocument[], commands: CommandObject[] = [], chapter = 'ch01') {
  return buildRelationGraphs({ documents, commands }).find((graph) => graph.chapter === chapter);
}
