/**
 * remark plugin: `<RelationGraph chapter="ch05" />` in a page becomes the relationship graph of that
 * chapter's manifests, computed at build time by src/lib/relations: a diagram (a ```mermaid code node
 * inside <Diagram>, each box linking to its manifest embed), the same relations as a Markdown list (for
 * screen readers, search and readers without JavaScript) and a `:::warning` with what is left open.
 *
 * Registered first in `beforeDefaultRemarkPlugins`, so the Mermaid, admonition and diagram plugins that
 * run after it see the nodes it makes as if they had been written in the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { parseDoc } from '../../lib/build/docs';
import { cachedRelations } from '../../lib/build/relations';
import { localLinks } from '../../lib/relations/pageGraphs';
import { diagram, noRelations, relationList, warningAdmonition } from './mdast';

export interface RelationGraphOptions {
  /** Absolute path of manifests/. */
  manifestsDir: string;
  /** Absolute path of docs/ (pages run the `kubectl create` commands that make objects too). */
  docsDir: string;
}

interface JsxElement {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

function validateOptions(options: Partial<RelationGraphOptions> | undefined): RelationGraphOptions {
  for (const key of ['manifestsDir', 'docsDir'] as const) {
    const value = options?.[key];
    if (typeof value !== 'string' || !path.isAbsolute(value) || !fs.existsSync(value)) {
      throw new Error(`relationGraph: option "${key}" must be the absolute path of an existing folder`);
    }
  }
  return options as RelationGraphOptions;
}

/** The page's own route, so links to its own embeds become `#anchor`. */
function permalinkOf(file: VFile): string | undefined {
  if (!file.path || !fs.existsSync(file.path)) return undefined;
  return parseDoc(file.path, path.basename(file.path)).permalink;
}

export default function relationGraph(rawOptions?: Partial<RelationGraphOptions>) {
  const { manifestsDir, docsDir } = validateOptions(rawOptions);
  const graphs = () => cachedRelations(manifestsDir, docsDir);
  return (tree: Root, file: VFile): void => {
    const page = file.path ? path.relative(process.cwd(), file.path) : '<unknown page>';
    let permalink: string | undefined;
    const replace = (parent: { children: RootContent[] }) => {
      parent.children = parent.children.flatMap((child) => {
        const element = child as JsxElement;
        if (element.type !== 'mdxJsxFlowElement' || element.name !== 'RelationGraph') {
          if ('children' in child && Array.isArray(child.children)) replace(child as { children: RootContent[] });
          return [child];
        }
        const where = `${page}:${element.position?.start.line ?? '?'}`;
        const chapter = element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'chapter')?.value;
        if (typeof chapter !== 'string')
          throw new Error(`${where}: <RelationGraph> needs chapter="chNN" as a plain string`);
        const graph = graphs().find((candidate) => candidate.chapter === chapter);
        if (!graph) {
          const known = graphs()
            .map((candidate) => candidate.chapter)
            .join(', ');
          throw new Error(
            `${where}: <RelationGraph chapter="${chapter}">: manifests/${chapter} has no manifests (chapters: ${known})`,
          );
        }
        permalink ??= permalinkOf(file);
        const localize = localLinks(permalink);
        if (graph.edges.length === 0) return [noRelations(graph)];
        const nodes = [diagram(graph, localize), relationList(graph, localize)];
        if (graph.warnings.length > 0) nodes.push(warningAdmonition(graph.warnings));
        return nodes as RootContent[];
      });
    };
    replace(tree);
  };
}
