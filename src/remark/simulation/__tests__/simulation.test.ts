import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import simulation from '..';

const fixtures = path.join(__dirname, 'fixtures');
const manifestsDir = path.join(__dirname, '../../../../manifests');

async function transform(page: string): Promise<Root> {
  const file = new VFile({
    path: path.join(fixtures, page),
    value: fs.readFileSync(path.join(fixtures, page), 'utf8'),
  });
  const processor = unified().use(remarkParse).use(remarkMdx).use(simulation, { manifestsDir });
  return (await processor.run(processor.parse(file), file)) as Root;
}

describe('simulation remark plugin', () => {
  test('writes the spec and the default run into the element', async () => {
    const tree = await transform('page.mdx');
    const element = tree.children.find((node) => node.type === 'mdxJsxFlowElement') as unknown as {
      attributes: { name: string; value: string }[];
    };
    const attributes = Object.fromEntries(element.attributes.map((a) => [a.name, a.value]));
    expect(JSON.parse(attributes.spec!).files).toEqual([
      'ch09/kubia-deployment-v1.yml',
      'ch09/kubia-deployment-v3-with-readinesscheck.yml',
    ]);
    const run = JSON.parse(attributes.run!) as { columns: string[]; steps: { event: string; counts: number[] }[] };
    expect(run.columns).toEqual(['old', 'new', 'ready', 'available', 'total']);
    expect(run.steps[0]!.counts).toEqual([3, 0, 3, 3, 3]);
    expect(run.steps.some((step) => step.event.includes('ProgressDeadlineExceeded'))).toBe(true);
  });

  test('an unknown name stops the build with the page and line', async () => {
    await expect(transform('unknown.mdx')).rejects.toThrow(
      /unknown\.mdx:5: <Simulation name="rolout">: no such simulation \(one of replicaset, endpoints/,
    );
  });

  test('needs the manifests folder', () => {
    expect(() => simulation({ manifestsDir: 'relative' })).toThrow(/manifestsDir/);
  });
});
