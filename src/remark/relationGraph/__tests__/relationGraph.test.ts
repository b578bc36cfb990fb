import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import type { Code, Link, List, Root } from 'mdast';
import relationGraph from '..';

const fixtures = path.join(__dirname, 'fixtures');
const options = { manifestsDir: path.join(fixtures, 'manifests'), docsDir: path.join(fixtures, 'docs') };

async function transform(page: string, source?: string): Promise<Root> {
  const absolute = path.join(fixtures, 'docs', page);
  const file = new VFile({ path: absolute, value: source ?? fs.readFileSync(absolute, 'utf8') });
  const processor = unified().use(remarkParse).use(remarkMdx).use(relationGraph, options);
  return (await processor.run(processor.parse(file), file)) as Root;
}

interface Node {
  type: string;
  name?: string;
  children?: Node[];
  attributes?: unknown;
}

describe('relationGraph', () => {
  test('replaces <RelationGraph> with a diagram, the relation list and the warnings', async () => {
    const tree = await transform('ch01-demo.mdx');
    const children = tree.children as Node[];
    expect(children.some((node) => node.name === 'RelationGraph')).toBe(false);
    const index = children.findIndex((node) => node.name === 'Diagram');
    const [figure, list, warning] = children.slice(index) as [Node, List, Node];

    const mermaid = figure.children?.[0] as Code;
    expect(mermaid).toMatchObject({ type: 'code', lang: 'mermaid', meta: 'inline' });
    expect(mermaid.value.split('\n')).toEqual(
      expect.arrayContaining([
        'flowchart LR',
        '  n0["Service app"]',
        '  n1["Pod app"]',
        '  n2["Secret app-secret<br/>created by a command"]',
        '  n3["ConfigMap nowhere<br/>created by nothing in the notes"]',
        '  n0 -->|"selects"| n1',
        '  click n0 href "#ch01-app-yml"',
        '  click n2 href "#run-the-app"',
      ]),
    );
    expect(mermaid.value).not.toMatch(/click n3/);

    expect(list.children.map((item) => toString(item))).toEqual([
      'Service app selects the pods of Pod app through spec.selector',
      'Pod app reads all env from Secret app-secret (created by a command) through spec.containers[0].envFrom[0].secretRef.name',
      'Pod app reads all env from ConfigMap nowhere (created by nothing in the notes) through spec.containers[0].envFrom[1].configMapRef.name',
    ]);
    const links: Link[] = [];
    const collect = (node: Node) => {
      if (node.type === 'link') links.push(node as unknown as Link);
      node.children?.forEach(collect);
    };
    collect(list as unknown as Node);
    expect(links.map((link) => `${toString(link)} -> ${link.url}`)).toEqual([
      'Service app -> #ch01-app-yml',
      'Pod app -> #ch01-app-yml',
      'Pod app -> #ch01-app-yml',
      'Secret app-secret -> #run-the-app',
      'Pod app -> #ch01-app-yml',
    ]);

    expect(warning).toMatchObject({ type: 'containerDirective', name: 'warning' });
    expect(toString(warning as never)).toBe(
      'manifests/ch01/app.yml: Pod app: spec.containers[0].envFrom[1].configMapRef.name names ConfigMap nowhere, which no manifest or command of the notes creates',
    );
  });

  test('a chapter whose manifests do not relate gets a sentence, an unknown chapter fails naming the page', async () => {
    await expect(transform('ch02-alone.mdx')).rejects.toThrow(
      /ch02-alone\.mdx:13: <RelationGraph chapter="ch09">: manifests\/ch09 has no manifests \(chapters: ch01, ch02\)/,
    );
    const source = fs
      .readFileSync(path.join(fixtures, 'docs/ch02-alone.mdx'), 'utf8')
      .replace('<RelationGraph chapter="ch09" />', '');
    const tree = await transform('ch02-alone.mdx', source);
    expect(toString(tree.children.at(-1) as never)).toBe(
      'The manifests of chapter 2 do not name or select each other.',
    );
  });

  test('rejects options that are not absolute existing folders', () => {
    expect(() => relationGraph({ manifestsDir: 'manifests', docsDir: options.docsDir })).toThrow(/manifestsDir/);
  });
});
