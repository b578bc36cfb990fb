/**
 * remark plugin: every fenced code block becomes `<CodeBlock html=…>`, highlighted here at build time
 * (src/lib/highlight). The page's JavaScript then carries the highlighted markup, not a highlighter,
 * and the browser adopts the server's HTML as it is.
 *
 * The fence's meta keeps Docusaurus' syntax: `title="…"` and `showLineNumbers`.
 */
import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { highlightHtml } from '../../lib/build/highlight';

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** `title="a b"` and flags such as `showLineNumbers` from a fence's meta string. */
export function parseMeta(meta: string | null | undefined): { title?: string; showLineNumbers: boolean } {
  const title = /\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta ?? '');
  return {
    title: title ? (title[1] ?? title[2] ?? title[3]) : undefined,
    showLineNumbers: /(?:^|\s)showLineNumbers(?:\s|=|$)/.test(meta ?? ''),
  };
}

export function codeBlockElement(node: Pick<Code, 'lang' | 'meta' | 'value' | 'position'>): MdxJsxFlowElement {
  const language = node.lang ?? 'text';
  const { title, showLineNumbers } = parseMeta(node.meta);
  const attributes = [attribute('language', language), attribute('html', highlightHtml(node.value, language))];
  if (title) attributes.push(attribute('title', title));
  if (showLineNumbers) attributes.push(attribute('showLineNumbers', 'true'));
  if (node.value.endsWith('\n')) attributes.push(attribute('finalNewline', 'true'));
  return { type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes, children: [], position: node.position };
}

export default function codeBlocks() {
  return (tree: Root): void => {
    visit(tree, 'code', (node, index, parent) => {
      if (index === undefined || !parent || node.lang === 'mermaid') return;
      parent.children[index] = codeBlockElement(node);
    });
  };
}
