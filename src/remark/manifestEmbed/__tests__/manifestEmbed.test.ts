import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import manifestEmbed from '..';

const fixtures = path.join(__dirname, 'fixtures');
const manifestsDir = path.join(fixtures, 'manifests');

async function transform(page: string): Promise<Root> {
  const file = new VFile({
    path: path.join(fixtures, page),
    value: fs.readFileSync(path.join(fixtures, page), 'utf8'),
  });
  const processor = unified().use(remarkParse).use(remarkMdx).use(manifestEmbed, { manifestsDir });
  return (await processor.run(processor.parse(file), file)) as Root;
}

interface Element {
  type: string;
  name?: string;
  attributes?: { name: string; value: unknown }[];
}

function elements(tree: Root, name: string): Element[] {
  return (tree.children as Element[]).filter((node) => node.name === name);
}

describe('manifestEmbed', () => {
  test('inlines the file text and its objects into <Manifest>', async () => {
    const [element] = elements(await transform('embeds.mdx'), 'Manifest');
    const attributes = Object.fromEntries((element?.attributes ?? []).map((a) => [a.name, a.value]));
    expect(attributes.file).toBe('ch01/pod.yml');
    expect(attributes.code).toBe(fs.readFileSync(path.join(manifestsDir, 'ch01/pod.yml'), 'utf8'));
    expect(JSON.parse(String(attributes.objects))).toEqual([{ apiVersion: 'v1', kind: 'Pod', name: 'hello' }]);
  });

  test('leaves pages without <Manifest> untouched', async () => {
    const file = 'no-manifest.mdx';
    const plain = unified().use(remarkParse).use(remarkMdx);
    const expected = plain.parse(fs.readFileSync(path.join(fixtures, file), 'utf8'));
    expect(await transform(file)).toEqual(expected);
  });

  test('a misspelt file fails naming the page, the line, the file and the closest match', async () => {
    await expect(transform('misspelt.mdx')).rejects.toThrow(
      /misspelt\.mdx:5: <Manifest file="ch01\/pdo\.yml">: manifests\/ch01\/pdo\.yml does not exist \(did you mean "ch01\/pod\.yml"\?\)/,
    );
  });

  test('invalid YAML fails naming the page and file:line:column', async () => {
    await expect(transform('invalid-yaml.mdx')).rejects.toThrow(
      /invalid-yaml\.mdx:3: manifests\/ch01\/broken\.yml:\d+:\d+: invalid YAML/,
    );
  });

  test('rejects a relative manifestsDir', () => {
    expect(() => manifestEmbed({ manifestsDir: 'manifests' })).toThrow(/absolute path/);
  });
});
