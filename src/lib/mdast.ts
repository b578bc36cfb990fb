/**
 * Parses a page the way Docusaurus' MDX loader does (MDX + directives for admonitions + GFM), and lists
 * its code blocks with the admonitions around them. The command index and the content tests use it so
 * that "inside a `:::changed` admonition" means the same thing everywhere.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type { Root, Code, Nodes, Parents } from 'mdast';

/** Front matter is not Markdown: its lines are blanked out, so line numbers stay those of the file. */
export function blankFrontMatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (front) => front.replace(/[^\n]/g, ''));
}

export function parsePage(source: string): Root {
  const body = blankFrontMatter(source);
  return unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkGfm).parse(body);
}

export interface CodeBlock {
  lang: string;
  meta: string;
  value: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** Names of the admonitions (container directives) around the block, outermost first. */
  admonitions: string[];
}

export function codeBlocks(tree: Root): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const walk = (node: Nodes, admonitions: string[]) => {
    if (node.type === 'code') {
      const code = node as Code;
      blocks.push({
        lang: code.lang ?? '',
        meta: code.meta ?? '',
        value: code.value,
        line: code.position?.start.line ?? 0,
        admonitions,
      });
      return;
    }
    const inner = node.type === 'containerDirective' ? [...admonitions, node.name] : admonitions;
    if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes, inner);
  };
  walk(tree, []);
  return blocks;
}

/** The `:::changed[Title]` admonitions of a page with their title text and line. */
export function admonitionTitles(tree: Root, name: string): { title: string; line: number }[] {
  const found: { title: string; line: number }[] = [];
  const text = (node: Nodes): string =>
    'value' in node && typeof node.value === 'string'
      ? node.value
      : 'children' in node
        ? (node as Parents).children.map((child) => text(child as Nodes)).join('')
        : '';
  const walk = (node: Nodes) => {
    if (node.type === 'containerDirective' && node.name === name) {
      const label = node.children.find(
        (child) =>
          child.type === 'paragraph' && (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel,
      );
      found.push({ title: label ? text(label) : '', line: node.position?.start.line ?? 0 });
    }
    if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}
