/**
 * Lists, reads and parses the files under manifests/. One reader feeds the embed plugin, the catalog
 * page and the schema test, so a manifest means the same thing everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadPages, sectionLink, type Page } from './content';
import type { CatalogEntry, ManifestObject } from '../manifestCatalog';

export type { ManifestObject } from '../manifestCatalog';

/** A manifest problem that names the file (and line:column where there is one). */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

const YAML_FILE = /\.ya?ml$/;

export function isYamlFile(relativePath: string): boolean {
  return YAML_FILE.test(relativePath);
}

/** Every file under manifestsDir (POSIX paths relative to it), skipping dotfiles such as .gitignore. */
export function listManifestFiles(manifestsDir: string): string[] {
  return fs
    .readdirSync(manifestsDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .filter((file) => fs.statSync(path.join(manifestsDir, file)).isFile())
    .sort();
}

/** Only the Kubernetes objects (YAML files). */
export function listManifests(manifestsDir: string): string[] {
  return listManifestFiles(manifestsDir).filter(isYamlFile);
}

/**
 * Parses every document of a YAML file. A syntax error becomes `manifests/<file>:<line>:<column>: <reason>`
 * (js-yaml's marks are 0-based; editors count from 1).
 */
export function parseYamlDocuments(text: string, displayPath: string): unknown[] {
  try {
    return yaml.loadAll(text).filter((doc) => doc !== null && doc !== undefined);
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const { line, column } = error.mark;
      throw new ManifestError(`${displayPath}:${line + 1}:${column + 1}: invalid YAML: ${error.reason}`);
    }
    throw error;
  }
}

function describeObject(doc: unknown, displayPath: string, index: number): ManifestObject {
  const record = (doc ?? {}) as Record<string, unknown>;
  const metadata = (record.metadata ?? {}) as Record<string, unknown>;
  const { apiVersion, kind } = record;
  const name = metadata.name;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || typeof name !== 'string') {
    throw new ManifestError(
      `${displayPath}: document ${index + 1} is not a Kubernetes object (needs apiVersion, kind and metadata.name)`,
    );
  }
  return { apiVersion, kind, name };
}

export interface ParsedManifest {
  /** Path relative to manifests/, e.g. `ch05/kubia-svc.yml`. */
  file: string;
  text: string;
  documents: unknown[];
  objects: ManifestObject[];
}

export function readManifest(manifestsDir: string, file: string): ParsedManifest {
  const absolute = path.join(manifestsDir, file);
  const displayPath = `manifests/${file}`;
  if (!fs.existsSync(absolute)) throw new ManifestError(`${displayPath}: no such file`);
  const text = fs.readFileSync(absolute, 'utf8');
  if (!isYamlFile(file)) return { file, text, documents: [], objects: [] };
  const documents = parseYamlDocuments(text, displayPath);
  return { file, text, documents, objects: documents.map((doc, i) => describeObject(doc, displayPath, i)) };
}

export interface ManifestReference {
  file: string;
  page: Page;
  /** Link to the section that embeds it. */
  href: string;
  sectionTitle: string;
  line: number;
}

/** Where each manifest is embedded in docs/, in reading order (the content model's embeds). */
export function findManifestReferences(pages: Page[]): ManifestReference[] {
  return pages.flatMap((page) =>
    page.embeds.map((embed) => ({
      file: embed.file,
      page,
      href: sectionLink(page, embed.section),
      sectionTitle: embed.section?.title ?? page.title,
      line: embed.line,
    })),
  );
}

export type { CatalogEntry } from '../manifestCatalog';

/** The manifest catalog: every file, grouped by chapter folder, with its objects and where it is used. */
export function buildCatalog(manifestsDir: string, docsDir: string): CatalogEntry[] {
  const references = findManifestReferences(loadPages(docsDir));
  return listManifestFiles(manifestsDir).map((file) => ({
    file,
    chapter: file.split('/')[0] ?? '',
    objects: readManifest(manifestsDir, file).objects,
    usedIn: references
      .filter((reference) => reference.file === file)
      .map((reference) => ({ href: reference.href, page: reference.page.title, section: reference.sectionTitle })),
  }));
}
