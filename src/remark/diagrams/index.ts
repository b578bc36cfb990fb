/**
 * remark plugin: every ```mermaid block becomes `<DiagramImage>`, pointing at the diagram's build-time
 * renders (light and dark SVG, see src/lib/diagrams), with the size and the text alternative read from
 * the render. No Mermaid code reaches the reader's browser.
 *
 * A block with no render yet is drawn here, in Chromium, when one is installed; otherwise the build
 * stops naming the page and line and saying how to draw it. ```` ```mermaid inline ```` puts the SVGs
 * into the page instead of <img>s, so `click … href` links in the diagram work (their IDs are prefixed
 * with the render's key, so several inline SVGs on one page never share one; their links to other pages
 * get the site's base path).
 */
import path from 'node:path';
import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { diagramKey } from '../../lib/build/diagrams/key';
import { DiagramError, renderMissing } from '../../lib/build/diagrams/render';
import { hasRenders, readRender } from '../../lib/build/diagrams/store';
import { withBaseUrl } from '../../lib/diagrams/svg';

export interface DiagramsOptions {
  /** Absolute path of the render store (static/diagrams). */
  rendersDir: string;
  /** Draw missing renders (needs Chromium); false makes a missing render an error. Default true. */
  render?: boolean;
  /** The site's baseUrl, put in front of the links of inline diagrams to other pages. Default `/`. */
  baseUrl?: string;
}

function validateOptions(options: Partial<DiagramsOptions> | undefined): Required<DiagramsOptions> {
  const rendersDir = options?.rendersDir;
  if (typeof rendersDir !== 'string' || !path.isAbsolute(rendersDir)) {
    throw new Error('diagrams: option "rendersDir" must be an absolute path');
  }
  const baseUrl = options?.baseUrl ?? '/';
  if (!baseUrl.startsWith('/') || !baseUrl.endsWith('/')) {
    throw new Error(`diagrams: option "baseUrl" must start and end with "/" (got "${baseUrl}")`);
  }
  return { rendersDir, render: options?.render ?? true, baseUrl };
}

function attribute(name: string, value: string | null): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/**
 * How many of a page's first blocks a phone shows on its first screen. A diagram among them is the
 * page's largest paint (chapter 11 opens with one): it is loaded at once rather than lazily, which
 * would wait for the page's layout before even asking for the image.
 */
const FIRST_SCREEN_BLOCKS = 3;

/** The mermaid blocks among the page's first blocks (front matter and imports are not blocks). */
function firstScreenDiagrams(tree: Root): Set<Code> {
  const found = new Set<Code>();
  const blocks = tree.children.filter((node) => !['yaml', 'toml', 'mdxjsEsm'].includes(node.type));
  for (const block of blocks.slice(0, FIRST_SCREEN_BLOCKS)) {
    visit(block, 'code', (node) => {
      if (node.lang === 'mermaid') found.add(node);
    });
  }
  return found;
}

interface Found {
  node: Code;
  index: number;
  parent: { children: unknown[] };
  origin: string;
}

export default function diagrams(rawOptions?: Partial<DiagramsOptions>) {
  const { rendersDir, render, baseUrl } = validateOptions(rawOptions);
  return async (tree: Root, file: VFile): Promise<void> => {
    const page = file.path ? path.relative(process.cwd(), file.path) : '<unknown page>';
    const found: Found[] = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'mermaid' || index === undefined || !parent) return;
      found.push({ node, index, parent, origin: `${page}:${node.position?.start.line ?? '?'}` });
    });
    if (found.length === 0) return;

    const missing = found.filter(({ node }) => !hasRenders(rendersDir, diagramKey(node.value)));
    if (missing.length > 0) {
      if (!render) {
        throw new DiagramError(
          missing.map(({ origin }) => `${origin}: this diagram has no render; run \`npm run diagrams\``).join('\n'),
        );
      }
      try {
        await renderMissing(
          rendersDir,
          missing.map(({ node, origin }) => ({ source: node.value, origin })),
        );
      } catch (error) {
        const where = missing.map(({ origin }) => origin).join(', ');
        throw new DiagramError(
          `${error instanceof Error ? error.message : String(error)}\n(new or changed diagram at ${where}; ` +
            'draw it with `npm run diagrams`, which needs Chromium)',
        );
      }
    }

    const firstScreen = firstScreenDiagrams(tree);
    for (const { node, index, parent } of found) {
      const key = diagramKey(node.value);
      const light = readRender(rendersDir, key, 'light');
      const inline = /(?:^|\s)inline(?:\s|$)/.test(node.meta ?? '');
      const attributes = [
        attribute('renderKey', key),
        attribute('width', String(light.info.width)),
        attribute('height', String(light.info.height)),
        attribute('title', light.info.title),
        attribute('description', light.info.description),
      ];
      // A boolean JSX attribute (`lead`): see DiagramImage.
      if (firstScreen.has(node)) attributes.push(attribute('lead', null));
      if (inline) {
        attributes.push(
          attribute('svgLight', withBaseUrl(light.svg, baseUrl)),
          attribute('svgDark', withBaseUrl(readRender(rendersDir, key, 'dark').svg, baseUrl)),
        );
      }
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'DiagramImage',
        attributes,
        children: [],
        position: node.position,
      };
      parent.children[index] = element;
    }
  };
}
