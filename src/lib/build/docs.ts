/**
 * Reads one chapter source the way Docusaurus will render it: front matter, headings and the anchors
 * Docusaurus gives them, and which section each line belongs to. Used by the content model
 * (src/lib/content), through which everything else reads pages.
 *
 * Hand-written because Docusaurus exposes no API for "the anchor of the section around line N" at
 * plugin load time; the slugs come from Docusaurus' own slugger so they match the rendered ids (and
 * `onBrokenAnchors: 'throw'` fails the build if they ever drift).
 */
import fs from 'node:fs';
import yaml from 'js-yaml';
import { createSlugger } from '@docusaurus/utils';
import type { DocFile, DocSection } from '../contentModel';

export { sectionAtLine, sectionLink, type DocFile, type DocSection } from '../contentModel';

const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const EXPLICIT_ID = /\s*\{#([^}]+)\}\s*$/;

/** Strips the inline Markdown that does not reach the heading's text (code ticks, emphasis, links). */
export function headingText(markdown: string): string {
  return markdown
    .replace(EXPLICIT_ID, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^\w])[*_]([^*_]+)[*_](?=[^\w]|$)/g, '$1$2')
    .trim();
}

function splitFrontMatter(source: string): { data: Record<string, unknown>; bodyStartLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return { data: {}, bodyStartLine: 1 };
  const data = (yaml.load(match[1] ?? '') ?? {}) as Record<string, unknown>;
  return { data, bodyStartLine: match[0].split('\n').length };
}

/**
 * Returns a line-by-line reader that says whether a line is a code fence or inside a fenced code block,
 * where nothing is a heading or an admonition.
 */
export function codeFenceTracker(): (line: string) => boolean {
  let fence: string | null = null;
  return (line) => {
    const marker = FENCE.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
      return true;
    }
    return fence !== null;
  };
}

export function parseDoc(absolutePath: string, relativePath: string): DocFile {
  const source = fs.readFileSync(absolutePath, 'utf8');
  const lines = source.split('\n');
  const { data, bodyStartLine } = splitFrontMatter(source);
  const slugger = createSlugger();
  const sections: DocSection[] = [];
  const inCode = codeFenceTracker();
  let h1: string | undefined;
  lines.forEach((line, index) => {
    if (index + 1 < bodyStartLine) return;
    if (inCode(line)) return;
    const heading = HEADING.exec(line);
    if (!heading) return;
    const depth = (heading[1] ?? '').length;
    const raw = heading[2] ?? '';
    const title = headingText(raw);
    if (depth === 1) {
      h1 ??= title;
      return;
    }
    const explicit = EXPLICIT_ID.exec(raw)?.[1];
    const anchor = explicit ?? slugger.slug(title);
    sections.push({ title, depth, anchor, line: index + 1 });
  });
  const withoutExt = relativePath.replace(/\.mdx?$/, '');
  const slug = typeof data.slug === 'string' ? data.slug : `/${withoutExt.replace(/^\d+-/, '')}`;
  return {
    relativePath,
    absolutePath,
    permalink: slug,
    title: typeof data.title === 'string' ? data.title : (h1 ?? withoutExt),
    sidebarPosition: typeof data.sidebar_position === 'number' ? data.sidebar_position : 0,
    source,
    lines,
    sections,
  };
}
