import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import codeBlocks, { parseMeta } from '..';

const page = [
  '# Page',
  '',
  '```yaml title="pod.yml" showLineNumbers',
  'kind: Pod',
  '```',
  '',
  '```mermaid',
  'flowchart LR',
  '```',
  '',
  'Text with `inline code`.',
].join('\n');

async function transform(source: string): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(codeBlocks);
  const tree = processor.parse(source);
  await processor.run(tree);
  return tree;
}

describe('codeBlocks remark plugin', () => {
  test('a fenced block becomes <CodeBlock> with its highlighted markup, title and line numbers', async () => {
    const tree = await transform(page);
    const [element] = tree.children.filter((node) => node.type === 'mdxJsxFlowElement');
    expect(element?.type === 'mdxJsxFlowElement' && element.name).toBe('CodeBlock');
    const attributes =
      element?.type === 'mdxJsxFlowElement'
        ? Object.fromEntries(element.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? [a.name, a.value] : [])))
        : {};
    expect(attributes).toEqual({
      language: 'yaml',
      html: '<span class="code-line"><span class="token key atrule">kind</span><span class="token punctuation">:</span> Pod</span>',
      title: 'pod.yml',
      showLineNumbers: 'true',
    });
  });

  test('leaves Mermaid blocks (drawn by the diagrams plugin) and inline code alone', async () => {
    const tree = await transform(page);
    expect(
      tree.children.filter((node) => node.type === 'code').map((node) => node.type === 'code' && node.lang),
    ).toEqual(['mermaid']);
    expect(JSON.stringify(tree)).toContain('"type":"inlineCode"');
  });

  test('reads Docusaurus’ meta syntax', () => {
    expect(parseMeta("title='a b' showLineNumbers")).toEqual({ title: 'a b', showLineNumbers: true });
    expect(parseMeta('showLineNumbersX')).toEqual({ title: undefined, showLineNumbers: false });
    expect(parseMeta(undefined)).toEqual({ title: undefined, showLineNumbers: false });
  });
});
