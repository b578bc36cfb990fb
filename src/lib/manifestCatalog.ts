/**
 * What the manifest catalog page (/manifests) is given: data computed at build time by the manifests
 * plugin (src/plugins/manifests), rendered by the ManifestCatalog component. Types only, shared by both.
 */
import type { RelationItem } from './relations/describe';

export interface ManifestObject {
  apiVersion: string;
  kind: string;
  name: string;
}

export interface CatalogEntry {
  file: string;
  chapter: string;
  objects: ManifestObject[];
  usedIn: { href: string; page: string; section: string }[];
}

export interface CatalogChapter {
  folder: string;
  title: string;
  permalink?: string;
  entries: CatalogEntry[];
}

/** The relations of one chapter's manifests, for the catalog's "All relations" section. */
export interface CatalogRelations {
  folder: string;
  title: string;
  permalink?: string;
  items: RelationItem[];
  warnings: string[];
  /** The chapter's relation graph as its page draws it (the same render), shown as an image here. */
  diagram?: { renderKey: string; width: string; height: string; title: string; description: string };
}

export interface ManifestsContent {
  chapters: CatalogChapter[];
  relations: CatalogRelations[];
}
/** What the manifests plugin hands the browser as global data (read by src/components/ManifestEditor). */
export interface ManifestsGlobalData {
  /** The Kubernetes release of kubernetes-models' schemas, read at build time (src/lib/build/schemaKubernetes.ts). */
  schemaKubernetes?: string;
}
