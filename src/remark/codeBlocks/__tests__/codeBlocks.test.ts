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

  test('an inline kubectl command in the prose gets a link per word; headings, links and other code stay as they are', async () => {
    const tree = await transform(
      [
        '## The `kubectl get` heading',
        '',
        'Run `kubectl get rc kubia` and `ls -l`, or [see `kubectl get pods`](/x).',
      ].join('\n'),
    );
    const json = JSON.stringify(tree);
    // Exactly one inline command became elements: the heading's and the link's stay inline code.
    const inlineCodes: string[] = [];
    const commands: { text: string; links: { text: string; href: string; tab: boolean }[] }[] = [];
    const walk = (node: unknown): void => {
      const n = node as {
        type: string;
        name?: string;
        value?: string;
        children?: unknown[];
        attributes?: { name: string; value: string }[];
      };
      if (n.type === 'inlineCode') inlineCodes.push(n.value ?? '');
      if (n.type === 'mdxJsxTextElement' && n.name === 'InlineCommand') {
        const parts = (n.children ?? []) as (typeof n)[];
        commands.push({
          text: parts.map((part) => part.value ?? part.children?.map((c) => (c as typeof n).value).join('')).join(''),
          links: parts
            .filter((part) => part.name === 'a')
            .map((part) => ({
              text: (part.children?.[0] as typeof n).value ?? '',
              href: part.attributes?.find((a) => a.name === 'href')?.value ?? '',
              tab: !part.attributes?.some((a) => a.name === 'tabIndex'),
            })),
        });
      }
      n.children?.forEach(walk);
    };
    walk(tree);
    expect(inlineCodes).toEqual(['kubectl get', 'ls -l', 'kubectl get pods']);
    expect(commands).toHaveLength(1);
    expect(commands[0]?.text).toBe('kubectl get rc kubia');
    expect(commands[0]?.links.map((link) => link.text)).toEqual(['kubectl', 'get', 'rc', 'kubia']);
    expect(commands[0]?.links.every((link) => /^#kx\d+$/.test(link.href))).toBe(true);
    // One Tab stop per command: the first word.
    expect(commands[0]?.links.map((link) => link.tab)).toEqual([true, false, false, false]);
    // The entries the links point to are on the page.
    expect(json).toContain('"name":"CommandWords"');
  });

  test('reads Docusaurus’ meta syntax', () => {
    expect(parseMeta("title='a b' showLineNumbers")).toEqual({ title: 'a b', showLineNumbers: true });
    expect(parseMeta('showLineNumbersX')).toEqual({ title: undefined, showLineNumbers: false });
    expect(parseMeta(undefined)).toEqual({ title: undefined, showLineNumbers: false });
  });
});
