/**
 * The relationship graph of the notes' manifests, one per chapter: which pods a Service selects, what a
 * pod mounts and reads, which Services an Ingress routes to, which volumes a claim can bind. Pure: it
 * takes parsed objects (and the objects the pages create with `kubectl create`), reads no file.
 *
 * A name that no object of the chapter defines is looked up, in order: a command of the chapter's page,
 * a manifest of the nearest other chapter (earlier first), a command of another chapter's page. When
 * nothing creates it, it still becomes a node (marked missing) and a warning: no reference is dropped.
 */
import { manifestAnchor } from '../manifestAnchor';
import { describeSelector, isEmptySelector, mapSelector, selectorMatches } from './selectors';
import { claimCanBind, claimSpecOf, type ClaimSpec } from './volumeClaims';
import {
  ingressReferences,
  podSpecReferences,
  podTemplateOf,
  serviceAccountReferences,
  type ReferenceRelation,
} from './references';

type Obj = Record<string, unknown>;

/** A section of a page: where a manifest is embedded or a command is run. */
export interface PageSection {
  /** Route of the page, e.g. `/ch05-services`. */
  permalink: string;
  /** Heading id ('' before the first heading). */
  anchor: string;
  title: string;
}

/** One object of a manifest file, as the builder reads it. */
export interface ManifestDocument {
  /** Chapter folder, e.g. `ch05`. */
  chapter: string;
  /** Path under manifests/, e.g. `ch05/kubia-svc.yml`. */
  file: string;
  /** 0-based index of the document in the file. */
  index: number;
  object: Obj;
  /** The section that embeds (applies) the file, if a page embeds it. */
  section?: PageSection;
}

/** An object a page creates with a command (`kubectl create secret tls tls-secret ...`). */
export interface CommandObject {
  chapter: string;
  kind: string;
  name: string;
  command: string;
  section?: PageSection;
}

export interface RelationInput {
  documents: ManifestDocument[];
  commands: CommandObject[];
}

export type NodeOrigin = 'manifest' | 'command' | 'missing';

export interface RelationNode {
  /** Stable id: `ch05/kubia-svc.yml#0`, `command:ch05:Secret/tls-secret`, `missing:Secret/x`. */
  id: string;
  kind: string;
  name: string;
  origin: NodeOrigin;
  /** Chapter folder that defines or creates it (undefined for a missing object). */
  chapter?: string;
  /** Manifest file, for manifest nodes. */
  file?: string;
  /** The section that embeds the manifest or runs the command. */
  section?: PageSection;
  /** The creating command, for command nodes. */
  command?: string;
  /** Where the node links: the manifest embed (`/ch05-services#ch05-kubia-svc-yml`), the command's section. */
  href?: string;
}

/** The references a pod spec, Ingress or ServiceAccount makes (./references.ts), and the ones found here. */
export type Relation = ReferenceRelation | 'selects' | 'is provisioned by' | 'can bind' | 'is governed by';

export interface RelationEdge {
  from: string;
  to: string;
  relation: Relation;
  /** The field of the `from` object that makes the link, e.g. `spec.selector`. */
  field: string;
}

export interface RelationWarning {
  /** Chapter folder of the object the warning is about. */
  chapter: string;
  /** `manifests/ch05/kubia-svc.yml` */
  file: string;
  /** `Service kubia` */
  object: string;
  message: string;
}

export interface ChapterGraph {
  chapter: string;
  nodes: RelationNode[];
  edges: RelationEdge[];
  warnings: RelationWarning[];
}

/** `ch07` -> 7 */
export function chapterNumber(chapter: string): number {
  return Number(/\d+/.exec(chapter)?.[0] ?? NaN);
}

function record(value: unknown): Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {};
}

function nameOf(object: Obj): string {
  return String(record(object.metadata).name ?? '');
}

function sectionHref(section: PageSection | undefined): string | undefined {
  if (!section) return undefined;
  return section.anchor ? `${section.permalink}#${section.anchor}` : section.permalink;
}

export function documentNode(doc: ManifestDocument): RelationNode {
  const anchor = manifestAnchor(doc.file);
  return {
    id: `${doc.file}#${doc.index}`,
    kind: String(doc.object.kind),
    name: nameOf(doc.object),
    origin: 'manifest',
    chapter: doc.chapter,
    file: doc.file,
    section: doc.section,
    // The embed of the file on its page, or its row in the catalog when no page embeds it.
    href: doc.section ? `${doc.section.permalink}#${anchor}` : `/manifests#${anchor}`,
  };
}

function commandNode(command: CommandObject): RelationNode {
  return {
    id: `command:${command.chapter}:${command.kind}/${command.name}`,
    kind: command.kind,
    name: command.name,
    origin: 'command',
    chapter: command.chapter,
    section: command.section,
    command: command.command,
    href: sectionHref(command.section),
  };
}

function missingNode(kind: string, name: string): RelationNode {
  return { id: `missing:${kind}/${name}`, kind, name, origin: 'missing' };
}

/** Other chapters, nearest first, earlier before later at the same distance. */
function otherChapters(chapter: string, all: string[]): string[] {
  const here = chapterNumber(chapter);
  return all
    .filter((candidate) => candidate !== chapter)
    .sort((a, b) => {
      const [da, db] = [chapterNumber(a) - here, chapterNumber(b) - here];
      return Math.abs(da) - Math.abs(db) || da - db;
    });
}

/** The first group (this chapter, then the nearest other chapter) in which `pick` finds something. */
function nearest<T>(chapter: string, chapters: string[], pick: (chapter: string) => T[]): T[] {
  for (const candidate of [chapter, ...otherChapters(chapter, chapters)]) {
    const found = pick(candidate);
    if (found.length > 0) return found;
  }
  return [];
}

class ChapterBuilder {
  readonly nodes = new Map<string, RelationNode>();
  readonly edges: RelationEdge[] = [];
  readonly warnings: RelationWarning[] = [];

  constructor(
    private readonly chapter: string,
    private readonly input: RelationInput,
    private readonly chapters: string[],
  ) {}

  add(node: RelationNode): RelationNode {
    const existing = this.nodes.get(node.id);
    if (existing) return existing;
    this.nodes.set(node.id, node);
    return node;
  }

  link(from: RelationNode, to: RelationNode, relation: Relation, field: string): void {
    this.add(to);
    if (!this.edges.some((e) => e.from === from.id && e.to === to.id && e.field === field)) {
      this.edges.push({ from: from.id, to: to.id, relation, field });
    }
  }

  warn(doc: ManifestDocument, message: string): void {
    this.warnings.push({
      chapter: doc.chapter,
      file: `manifests/${doc.file}`,
      object: `${String(doc.object.kind)} ${nameOf(doc.object)}`,
      message,
    });
  }

  /** Defined objects of a kind and name: this chapter, else the nearest chapter; else a command; else missing. */
  resolve(kind: string, name: string): RelationNode[] {
    const inChapter = (chapter: string) =>
      this.input.documents.filter(
        (doc) => doc.chapter === chapter && doc.object.kind === kind && nameOf(doc.object) === name,
      );
    const byCommand = (chapter: string) =>
      this.input.commands.filter((c) => c.chapter === chapter && c.kind === kind && c.name === name).slice(0, 1);
    const here = inChapter(this.chapter);
    if (here.length > 0) return here.map(documentNode);
    const command = byCommand(this.chapter);
    if (command.length > 0) return command.map(commandNode);
    const others = otherChapters(this.chapter, this.chapters);
    for (const chapter of others) {
      const found = inChapter(chapter);
      if (found.length > 0) return found.map(documentNode);
    }
    for (const chapter of others) {
      const found = byCommand(chapter);
      if (found.length > 0) return found.map(commandNode);
    }
    return [missingNode(kind, name)];
  }

  reference(doc: ManifestDocument, from: RelationNode, kind: string, name: string, relation: Relation, field: string) {
    for (const target of this.resolve(kind, name)) {
      this.link(from, target, relation, field);
      if (target.origin === 'missing') {
        this.warn(doc, `${field} names ${kind} ${name}, which no manifest or command of the notes creates`);
      }
    }
  }

  service(doc: ManifestDocument, from: RelationNode): void {
    const raw = record(doc.object.spec).selector;
    const selector = mapSelector(raw);
    // A Service without a selector has its endpoints managed by hand: it selects nothing on purpose.
    if (isEmptySelector(selector)) return;
    const targets = nearest(this.chapter, this.chapters, (chapter) =>
      this.input.documents.filter((candidate) => {
        if (candidate.chapter !== chapter) return false;
        const template = podTemplateOf(candidate.object);
        return template !== undefined && selectorMatches(selector, template.labels);
      }),
    );
    if (targets.length === 0) {
      this.warn(doc, `spec.selector ${describeSelector(selector)} matches no pod or pod template in any chapter`);
    }
    for (const target of targets) this.link(from, documentNode(target), 'selects', 'spec.selector');
  }

  claim(doc: ManifestDocument, from: RelationNode, claim: ClaimSpec, at: string, what: string): void {
    if (claim.storageClassName) {
      this.reference(doc, from, 'StorageClass', claim.storageClassName, 'is provisioned by', `${at}.storageClassName`);
    }
    const volumes = nearest(this.chapter, this.chapters, (chapter) =>
      this.input.documents.filter(
        (candidate) =>
          candidate.chapter === chapter &&
          candidate.object.kind === 'PersistentVolume' &&
          claimCanBind(claim, candidate.object),
      ),
    );
    const field = `${at}.storageClassName, ${at}.accessModes, ${at}.resources.requests.storage`;
    for (const volume of volumes) this.link(from, documentNode(volume), 'can bind', field);
    if (volumes.length === 0 && claim.storageClassName === '') {
      this.warn(
        doc,
        `${what} can bind no PersistentVolume and has no StorageClass (storageClassName "") to provision one`,
      );
    }
  }

  document(doc: ManifestDocument): void {
    const node = this.add(documentNode(doc));
    const object = doc.object;
    const spec = record(object.spec);
    const template = podTemplateOf(object);
    if (template) {
      for (const ref of podSpecReferences(template.spec, template.specPath)) {
        this.reference(doc, node, ref.kind, ref.name, ref.relation, ref.field);
      }
    }
    switch (object.kind) {
      case 'Service':
        this.service(doc, node);
        break;
      case 'Ingress':
        for (const ref of ingressReferences(object))
          this.reference(doc, node, ref.kind, ref.name, ref.relation, ref.field);
        break;
      case 'ServiceAccount':
        for (const ref of serviceAccountReferences(object)) {
          this.reference(doc, node, ref.kind, ref.name, ref.relation, ref.field);
        }
        break;
      case 'PersistentVolumeClaim':
        this.claim(doc, node, claimSpecOf(spec), 'spec', `PersistentVolumeClaim ${node.name}`);
        break;
      case 'StatefulSet': {
        if (typeof spec.serviceName === 'string' && spec.serviceName !== '') {
          this.reference(doc, node, 'Service', spec.serviceName, 'is governed by', 'spec.serviceName');
        }
        const templates = Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : [];
        templates.forEach((claimTemplate, i) => {
          const name = nameOf(record(claimTemplate));
          this.claim(
            doc,
            node,
            claimSpecOf(record(claimTemplate).spec),
            `spec.volumeClaimTemplates[${i}].spec`,
            `claim template ${name}`,
          );
        });
        break;
      }
      default:
        break;
    }
  }
}

/** One graph per chapter folder that has manifests, in chapter order. */
export function buildRelationGraphs(input: RelationInput): ChapterGraph[] {
  const chapters = [...new Set(input.documents.map((doc) => doc.chapter))].sort(
    (a, b) => chapterNumber(a) - chapterNumber(b) || a.localeCompare(b),
  );
  return chapters.map((chapter) => {
    const builder = new ChapterBuilder(chapter, input, chapters);
    for (const doc of input.documents.filter((candidate) => candidate.chapter === chapter)) builder.document(doc);
    return { chapter, nodes: [...builder.nodes.values()], edges: builder.edges, warnings: builder.warnings };
  });
}
