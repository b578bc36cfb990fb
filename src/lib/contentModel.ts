/**
 * The content model's shape (pure: types and what can be computed from them): a page of docs/ with its
 * front matter, sections and anchors, code blocks, admonitions and embeds, as src/lib/build/content reads
 * it, and the link to the section around a line. Code that only uses pages read elsewhere (the command
 * index, the browser) imports this, not the reader.
 */
import type { Root } from 'mdast';
import type { CodeBlock } from './mdast';

export interface DocSection {
  /** Heading text as a reader sees it (inline Markdown removed). */
  title: string;
  depth: number;
  /** The id Docusaurus gives the heading ('' for the part before the first heading). */
  anchor: string;
  /** 1-based line of the heading in the source file. */
  line: number;
}

export interface DocFile {
  /** Path relative to docs/, POSIX separators. */
  relativePath: string;
  absolutePath: string;
  /** Route of the page, e.g. `/ch05-services`. */
  permalink: string;
  title: string;
  sidebarPosition: number;
  source: string;
  lines: string[];
  sections: DocSection[];
}

export interface Embed {
  /** Path under manifests/, as the page names it. */
  file: string;
  line: number;
  section: DocSection | undefined;
  /** Written `<Manifest ... collapsed />`: the page shows it folded (a support file, usually). */
  collapsed: boolean;
}

export interface Admonition {
  name: string;
  title: string;
  line: number;
}

export interface Page extends DocFile {
  /** The MDX tree, parsed on first use and kept. */
  readonly tree: Root;
  readonly codeBlocks: CodeBlock[];
  /** `:::changed`, `:::correction`, `:::note`... with their titles. */
  readonly admonitions: Admonition[];
  readonly embeds: Embed[];
}

/** The innermost section containing a 1-based line, or undefined before the first heading. */
export function sectionAtLine(doc: DocFile, line: number): DocSection | undefined {
  let found: DocSection | undefined;
  for (const section of doc.sections) {
    if (section.line > line) break;
    found = section;
  }
  return found;
}

/** `/ch05-services#create-service`: the link to a section (or to the page when there is none). */
export function sectionLink(doc: DocFile, section: DocSection | undefined): string {
  return section ? `${doc.permalink}#${section.anchor}` : doc.permalink;
}

/** `/ch05-services#create-service` for a page's line: the link to the section around it. */
export function linkToLine(page: DocFile, line: number): string {
  return sectionLink(page, sectionAtLine(page, line));
}
