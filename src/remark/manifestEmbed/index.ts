/**
 * remark plugin: `<Manifest file="ch05/kubia-svc.yml" />` in a page becomes the same element with the
 * file's text (and the objects it declares) attached as props at build time, so the manifest is in the
 * static HTML: readable without JavaScript, indexed by search and precached for offline reading.
 *
 * Hand-written because remark-code-import and friends inline text into a code fence but cannot hand a
 * React component the parsed object list, and do not validate YAML; this does both in one pass and
 * fails the build naming the page and the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import leven from 'leven';
import { listManifestFiles, readManifest, ManifestError } from '../../lib/build/manifests';
import { highlightHtml } from '../../lib/build/highlight';
import { languageOf } from '../../lib/manifestLanguage';
import { attributeValue, jsxElementNamed, setAttribute } from '../../lib/mdxJsx';

export interface ManifestEmbedOptions {
  /** Absolute path of the manifests/ folder. */
  manifestsDir: string;
}

function validateOptions(options: Partial<ManifestEmbedOptions> | undefined): ManifestEmbedOptions {
  const manifestsDir = options?.manifestsDir;
  if (typeof manifestsDir !== 'string' || !path.isAbsolute(manifestsDir)) {
    throw new Error('manifestEmbed: option "manifestsDir" must be an absolute path');
  }
  if (!fs.existsSync(manifestsDir)) throw new Error(`manifestEmbed: manifestsDir ${manifestsDir} does not exist`);
  return { manifestsDir };
}

/** The existing file closest to a misspelt name, to put in the error message. */
function closestFile(manifestsDir: string, wanted: string): string | undefined {
  const candidates = listManifestFiles(manifestsDir);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = leven(candidate, wanted);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(3, wanted.length / 3) ? best : undefined;
}

export default function manifestEmbed(rawOptions?: Partial<ManifestEmbedOptions>) {
  const { manifestsDir } = validateOptions(rawOptions);
  return (tree: Root, file: VFile): void => {
    const page = file.path ? path.relative(process.cwd(), file.path) : '<unknown page>';
    visit(tree, (node) => {
      const element = jsxElementNamed(node, 'Manifest');
      if (!element) return;
      const where = `${page}:${element.position?.start.line ?? '?'}`;
      const wanted = attributeValue(element, 'file');
      if (typeof wanted !== 'string' || wanted === '') {
        throw new Error(`${where}: <Manifest> needs a file="<chapter>/<name>" attribute with a plain string`);
      }
      if (!fs.existsSync(path.join(manifestsDir, wanted))) {
        const suggestion = closestFile(manifestsDir, wanted);
        throw new Error(
          `${where}: <Manifest file="${wanted}">: manifests/${wanted} does not exist` +
            (suggestion ? ` (did you mean "${suggestion}"?)` : ''),
        );
      }
      try {
        const manifest = readManifest(manifestsDir, wanted);
        setAttribute(element, 'code', manifest.text);
        const text = manifest.text.endsWith('\n') ? manifest.text.slice(0, -1) : manifest.text;
        setAttribute(element, 'html', highlightHtml(text, languageOf(wanted)));
        setAttribute(element, 'objects', JSON.stringify(manifest.objects));
      } catch (error) {
        if (error instanceof ManifestError) throw new Error(`${where}: ${error.message}`);
        throw error;
      }
    });
  };
}
