/**
 * Reads what the graph builder needs from the repository: every object of manifests/ (with the section
 * that embeds its file) and every object the pages create with `kubectl create <kind> <name>`, through
 * the same readers as the manifest catalog and the command index.
 */
import { extractCommands, parseKubectl } from '../../commands';
import { loadPages, sectionAtLine, type Page } from '../content';
import { findManifestReferences, listManifests, readManifest } from '../manifests';
import {
  buildRelationGraphs,
  type ChapterGraph,
  type CommandObject,
  type ManifestDocument,
  type RelationInput,
} from '../../relations/graph';

/** kubectl's plural resource name -> the kind it creates. */
const KINDS: Record<string, string> = {
  secrets: 'Secret',
  configmaps: 'ConfigMap',
  serviceaccounts: 'ServiceAccount',
  services: 'Service',
  deployments: 'Deployment',
  jobs: 'Job',
  cronjobs: 'CronJob',
  ingresses: 'Ingress',
  namespaces: 'Namespace',
  roles: 'Role',
  rolebindings: 'RoleBinding',
  clusterroles: 'ClusterRole',
  clusterrolebindings: 'ClusterRoleBinding',
};

/** `ch07-configmaps-secrets.mdx` -> `ch07`; undefined for pages of no chapter. */
export function chapterOfPage(doc: Page): string | undefined {
  return /^(ch\d+)-/.exec(doc.relativePath)?.[1];
}

/** A quick look before parsing the whole page: does any line create an object from flags? */
const CREATES = /\b(?:kubectl|k)\s+create\s+(?!-f\b)[a-z]/;

/** The objects a page creates by command, outside `:::changed` history. */
export function commandObjects(doc: Page): CommandObject[] {
  const chapter = chapterOfPage(doc);
  if (!chapter || !CREATES.test(doc.source)) return [];
  const found: CommandObject[] = [];
  for (const use of extractCommands(doc.source, { mdx: doc.relativePath.endsWith('.mdx'), tree: doc.tree })) {
    if (use.history || use.tool !== 'kubectl') continue;
    const parsed = parseKubectl(use.command);
    if (
      !parsed ||
      !parsed.verb.startsWith('create ') ||
      parsed.verb === 'create -f' ||
      parsed.verb === 'create token'
    ) {
      continue;
    }
    const kind = parsed.resource ? KINDS[parsed.resource] : undefined;
    const name = parsed.args[0];
    if (!kind || !name) continue;
    const section = sectionAtLine(doc, use.line);
    found.push({
      chapter,
      kind,
      name,
      command: use.command,
      section: { permalink: doc.permalink, anchor: section?.anchor ?? '', title: section?.title ?? doc.title },
    });
  }
  return found;
}

export function loadRelationInput(manifestsDir: string, docsDir: string): RelationInput {
  const docs = loadPages(docsDir);
  const references = findManifestReferences(docs);
  const documents: ManifestDocument[] = [];
  for (const file of listManifests(manifestsDir)) {
    const manifest = readManifest(manifestsDir, file);
    const reference = references.find((candidate) => candidate.file === file);
    const section = reference && sectionAtLine(reference.page, reference.line);
    manifest.documents.forEach((object, index) => {
      documents.push({
        chapter: file.split('/')[0] ?? '',
        file,
        index,
        object: object as Record<string, unknown>,
        section: reference && {
          permalink: reference.page.permalink,
          anchor: section?.anchor ?? '',
          title: reference.sectionTitle,
        },
      });
    });
  }
  return { documents, commands: docs.flatMap(commandObjects) };
}

/** The graphs of every chapter of the repository. */
export function computeRelations(manifestsDir: string, docsDir: string): ChapterGraph[] {
  return buildRelationGraphs(loadRelationInput(manifestsDir, docsDir));
}
