import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import diagrams from '..';
import { codeBlocks, parsePage } from '../../../lib/mdast';
import { diagramKey } from '../../../lib/build/diagrams/key';

const fixtures = path.join(__dirname, 'fixtures');
const pageFile = path.join(fixtures, 'page.mdx');
const source = fs.readFileSync(pageFile, 'utf8');
const [first, second] = codeBlocks(parsePage(source)).filter((block) => block.lang === 'mermaid');
const fixtureSvg = fs.readFileSync(path.join(fixtures, 'render.svg'), 'utf8');

let rendersDir: string;
beforeEach(() => {
  rendersDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renders-'));
});
afterEach(() => {
  fs.rmSync(rendersDir, { recursive: true, force: true });
});

/** Puts the fixture render in the store under the name the diagram's source gives it. */
function storeRender(diagramSource: string, dark = fixtureSvg.replace('#ffffff', '#1b1b1d')): string {
  const key = diagramKey(diagramSource);
  fs.writeFileSync(path.join(rendersDir, `${key}-light.svg`), fixtureSvg);
  fs.writeFileSync(path.join(rendersDir, `${key}-dark.svg`), dark);
  return key;
}

async function transform(render = false, baseUrl?: string): Promise<Root> {
  const file = new VFile({ path: pageFile, value: source });
  const processor = unified().use(remarkParse).use(remarkMdx).use(diagrams, { rendersDir, render, baseUrl });
  const tree = processor.parse(file);
  await processor.run(tree, file);
  return tree;
}

function diagramElements(tree: Root): MdxJsxFlowElement[] {
  return tree.children.filter(
    (node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'DiagramImage',
  );
}

function props(element: MdxJsxFlowElement | undefined): Record<string, unknown> {
  return Object.fromEntries(
    (element?.attributes ?? []).flatMap((attribute) =>
      attribute.type === 'mdxJsxAttribute' ? [[attribute.name, attribute.value]] : [],
    ),
  );
}

describe('diagrams remark plugin', () => {
  test('replaces each mermaid block with its render: key, size rounded up, accTitle and accDescr', async () => {
    const firstKey = storeRender(first?.value ?? '');
    storeRender(second?.value ?? '');
    const tree = await transform();
    const [image, inline] = diagramElements(tree);
    expect(props(image)).toEqual({
      renderKey: firstKey,
      width: '240',
      height: '120',
      title: 'Two boxes',
      description: 'A box called client sends a request to a box called server.',
      // The page's third block: on its first screen.
      lead: null,
    });
    expect(props(inline)).not.toHaveProperty('lead');
    // Other code blocks stay code.
    expect(
      tree.children.filter((node) => node.type === 'code').map((node) => node.type === 'code' && node.lang),
    ).toEqual(['yaml']);
    // `inline` carries both SVGs into the page.
    expect(props(inline).svgLight).toBe(fixtureSvg);
    expect(String(props(inline).svgDark)).toContain('#1b1b1d');
    expect(props(image).svgLight).toBeUndefined();
  });

  test("an inline diagram's links to other pages get the site's base path; its links within the page stay", async () => {
    const linked = fixtureSvg.replace(
      '</svg>',
      '<a xlink:href="/ch04-replication-controllers#rc">x</a><a xlink:href="#section">y</a><a href="//host/z">z</a></svg>',
    );
    storeRender(first?.value ?? '');
    storeRender(second?.value ?? '', linked);
    fs.writeFileSync(path.join(rendersDir, `${diagramKey(second?.value ?? '')}-light.svg`), linked);
    const inline = (tree: Root) => props(diagramElements(tree)[1]);
    for (const theme of ['svgLight', 'svgDark']) {
      const underKia = String(inline(await transform(false, '/kia/'))[theme]);
      expect(underKia).toContain('xlink:href="/kia/ch04-replication-controllers#rc"');
      expect(underKia).toContain('xlink:href="#section"');
      expect(underKia).toContain('href="//host/z"');
      expect(String(inline(await transform())[theme])).toContain('xlink:href="/ch04-replication-controllers#rc"');
    }
    expect(() => diagrams({ rendersDir, baseUrl: 'kia' })).toThrow(/baseUrl/);
  });

  test('a missing render fails naming the page, the line and the command that draws it', async () => {
    storeRender(second?.value ?? '');
    await expect(transform()).rejects.toThrow(
      /src\/remark\/diagrams\/__tests__\/fixtures\/page\.mdx:5: this diagram has no render; run `npm run diagrams`/,
    );
  });

  test('a changed diagram is a missing render (its key changes with its source)', () => {
    expect(diagramKey('flowchart LR\n  a --> b')).not.toBe(diagramKey('flowchart LR\n  a --> c'));
    expect(diagramKey('flowchart LR\n  a --> b  \n')).toBe(diagramKey('flowchart LR\n  a --> b'));
  });

  test('rejects a relative rendersDir', () => {
    expect(() => diagrams({ rendersDir: 'static/diagrams' })).toThrow(/absolute path/);
  });
});
