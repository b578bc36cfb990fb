/**
 * The one model of the site's content: each page of docs/ read and parsed once (per process, per
 * version of the file) into what every feature and test needs: front matter, sections with the anchors
 * Docusaurus gives them, code blocks with the admonitions around them, admonitions, `<Manifest>`
 * embeds, diagrams. The command index, the manifest catalog, search, the diagrams and the content tests
 * all read pages through `loadPages`.
 *
 * The model's types are in src/lib/contentModel.ts (pure). Headings and anchors come from ../docs.ts (a line reader using Docusaurus' own slugger); the MDX tree
 * from ../mdast.ts (parsed the way Docusaurus' MDX loader parses). This module joins the two.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseDoc, sectionAtLine, type DocFile } from '../docs';
import { admonitionTitles, codeBlocks, parsePage } from '../../mdast';
import type { Embed, Page } from '../../contentModel';

export { sectionAtLine, sectionLink, headingText } from '../docs';
export { linkToLine } from '../../contentModel';
export type { Admonition, DocSection, Embed, Page } from '../../contentModel';
export type { CodeBlock } from '../../mdast';

const ADMONITIONS = ['changed', 'correction', 'note', 'tip', 'info', 'warning', 'danger'];

/** A boolean JSX attribute's value: `collapsed` alone (null) or `collapsed={true}` is true. */
function isTrue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'object' && 'value' in value) return String(value.value).trim() !== 'false';
  return value !== 'false';
}

function embedsOf(tree: Root, doc: DocFile): Embed[] {
  const embeds: Embed[] = [];
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Manifest') return;
    const file = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'file');
    // `collapsed` alone (value null) or `collapsed={true}`; `collapsed={false}` leaves it open.
    const collapsed = node.attributes.find(
      (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'collapsed',
    );
    const line = node.position?.start.line ?? 0;
    if (file?.type === 'mdxJsxAttribute' && typeof file.value === 'string') {
      embeds.push({
        file: file.value,
        line,
        section: sectionAtLine(doc, line),
        collapsed: collapsed?.type === 'mdxJsxAttribute' && isTrue(collapsed.value),
      });
    }
  });
  return embeds;
}

function memo<T>(compute: () => T): () => T {
  let value: { current: T } | undefined;
  return () => {
    value ??= { current: compute() };
    return value.current;
  };
}

export function readPage(absolutePath: string, relativePath: string): Page {
  const doc = parseDoc(absolutePath, relativePath);
  const tree = memo(() => parsePage(doc.source));
  const blocks = memo(() => codeBlocks(tree()));
  const admonitions = memo(() =>
    ADMONITIONS.flatMap((name) => admonitionTitles(tree(), name).map((found) => ({ name, ...found }))).sort(
      (a, b) => a.line - b.line,
    ),
  );
  const embeds = memo(() => embedsOf(tree(), doc));
  return Object.defineProperties(doc, {
    tree: { get: tree, enumerable: false },
    codeBlocks: { get: blocks, enumerable: false },
    admonitions: { get: admonitions, enumerable: false },
    embeds: { get: embeds, enumerable: false },
  }) as Page;
}

/** Pages read so far, by absolute path, with the file's modification time they were read at. */
const cache = new Map<string, { mtimeMs: number; size: number; page: Page }>();

/** Every .md/.mdx page under docsDir (not `_partials`), in sidebar order; each parsed at most once. */
export function loadPages(docsDir: string): Page[] {
  const files = fs
    .readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && !path.basename(file).startsWith('_'))
    .map((file) => file.split(path.sep).join('/'));
  return files
    .map((file) => {
      const absolutePath = path.join(docsDir, file);
      const { mtimeMs, size } = fs.statSync(absolutePath);
      const cached = cache.get(absolutePath);
      if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.page;
      const page = readPage(absolutePath, file);
      cache.set(absolutePath, { mtimeMs, size, page });
      return page;
    })
    .sort((a, b) => a.sidebarPosition - b.sidebarPosition || a.relativePath.localeCompare(b.relativePath));
}
