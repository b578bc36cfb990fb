/**
 * remark plugin: every fenced code block becomes `<CodeBlock html=…>`, highlighted here at build time
 * (src/lib/highlight). The page's JavaScript then carries the highlighted markup, not a highlighter,
 * and the browser adopts the server's HTML as it is.
 *
 * The fence's meta keeps Docusaurus' syntax: `title="…"` and `showLineNumbers`.
 *
 * Every word of a kubectl command in a shell block, or in inline code of the prose, is explained here too
 * (src/lib/kubectl/explain.ts): the
 * word becomes a link to its explanation (`<a href="#kx3">`), and the page's explanations, each once, are
 * put at the end of its content as `<CommandWords entries=…>` (src/components/CommandWords), which a small
 * script shows as a popover on hover, focus or tap (src/components/CommandWords/popover.ts).
 */
import type { Code, InlineCode, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { highlightHtml } from '../../lib/build/highlight';
import type { WordMark } from '../../lib/highlight/lines';
import { kubectlModel } from '../../lib/kubectl/model';
import { explainBlock, isShellLanguage } from '../../lib/kubectl/explainBlock';
import { explainLine, wordsRunKubectl } from '../../lib/kubectl/explain';
import { Glossary } from '../../lib/kubectl/glossary';

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

/**
 * The explained words of a block's kubectl commands as links to their entries in the page's glossary. The
 * first word of each command line is the line's one keyboard stop; the popover's arrow keys reach the rest.
 */
export function wordMarks(code: string, language: string, glossary: Glossary): WordMark[] {
  if (!isShellLanguage(language)) return [];
  return explainBlock(kubectlModel(), code, language).map((word) => ({
    start: word.start,
    end: word.end,
    open: `a href="#${glossary.idOf(word.explanation)}"${word.first ? '' : ' tabindex="-1"'}`,
    close: 'a',
  }));
}

export function codeBlockElement(
  node: Pick<Code, 'lang' | 'meta' | 'value' | 'position'>,
  glossary = new Glossary(),
): MdxJsxFlowElement {
  const language = node.lang ?? 'text';
  const { title, showLineNumbers } = parseMeta(node.meta);
  const html = highlightHtml(node.value, language, wordMarks(node.value, language, glossary));
  const attributes = [attribute('language', language), attribute('html', html)];
  if (title) attributes.push(attribute('title', title));
  if (showLineNumbers) attributes.push(attribute('showLineNumbers', 'true'));
  if (node.value.endsWith('\n')) attributes.push(attribute('finalNewline', 'true'));
  return { type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes, children: [], position: node.position };
}

/**
 * A kubectl command written inline in the prose (`` `kubectl get rc kubia` ``), its words explained like a
 * block's: `<InlineCommand>` (a `<code>`, src/components/InlineCommand) with a link per word, the first one
 * the Tab stop. Any other inline code is left as it is.
 */
export function inlineCommandElement(
  node: Pick<InlineCode, 'value' | 'position'>,
  glossary: Glossary,
): MdxJsxTextElement | undefined {
  const line = node.value;
  if (line.includes('\n')) return undefined;
  const words = explainLine(kubectlModel(), line);
  if (!wordsRunKubectl(words)) return undefined;
  const children: MdxJsxTextElement['children'] = [];
  let at = 0;
  words.forEach((word, n) => {
    if (word.start > at) children.push({ type: 'text', value: line.slice(at, word.start) });
    const link: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: [attribute('href', `#${glossary.idOf(word.explanation)}`)],
      children: [{ type: 'text', value: line.slice(word.start, word.end) }],
    };
    if (n > 0) link.attributes.push(attribute('tabIndex', '-1'));
    children.push(link);
    at = word.end;
  });
  if (at < line.length) children.push({ type: 'text', value: line.slice(at) });
  return { type: 'mdxJsxTextElement', name: 'InlineCommand', attributes: [], children, position: node.position };
}

export default function codeBlocks() {
  return (tree: Root): void => {
    const glossary = new Glossary();
    visit(tree, 'code', (node, index, parent) => {
      if (index === undefined || !parent || node.lang === 'mermaid') return;
      parent.children[index] = codeBlockElement(node, glossary);
    });
    visit(tree, 'inlineCode', (node, index, parent) => {
      // Not in a heading (its text is the table of contents' and the anchor's) nor in a link (no link in a link).
      if (index === undefined || !parent || parent.type === 'heading' || parent.type === 'link') return;
      const element = inlineCommandElement(node, glossary);
      if (element) parent.children[index] = element;
    });
    const entries = glossary.entries();
    if (entries.length > 0) {
      tree.children.push({
        type: 'mdxJsxFlowElement',
        name: 'CommandWords',
        attributes: [attribute('entries', JSON.stringify(entries))],
        children: [],
      });
    }
  };
}
