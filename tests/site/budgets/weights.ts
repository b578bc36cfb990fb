/**
 * What each page of the production build weighs, read from the build alone so that the numbers are the
 * same on every run and machine: HTML bytes (raw, and gzip level 6 as deploy/nginx.conf and the bench's
 * server send it), elements in the HTML, the JavaScript it runs at load (gzip) and its largest script;
 * and the gzip size of the code that loads on demand (the manifest editor, /study's review app, search).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { builtPageFile, descendants, readHtml, sitemapPaths } from '../../builtHtml';
import { lazyFiles, readBundle, scriptsAtLoad, type BuildBundle } from './scripts';

export interface PageWeight {
  htmlBytes: number;
  htmlGzip: number;
  domElements: number;
  jsAtLoadGzip: number;
  largestScriptGzip: number;
}
export type Metric = keyof PageWeight;
export const PAGE_METRICS: Metric[] = ['htmlBytes', 'htmlGzip', 'domElements', 'jsAtLoadGzip', 'largestScriptGzip'];

export interface Weights {
  pages: Record<string, PageWeight & { largestScript: string }>;
  lazy: Record<string, { gzip: number; files: string[] }>;
}

const gzipped = new Map<string, number>();
export function gzipBytes(file: string): number {
  let bytes = gzipped.get(file);
  if (bytes === undefined) {
    bytes = zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
    gzipped.set(file, bytes);
  }
  return bytes;
}

export function pageWeight(
  buildDir: string,
  bundle: BuildBundle,
  pathname: string,
): PageWeight & { largestScript: string } {
  const file = builtPageFile(buildDir, pathname);
  const scripts = scriptsAtLoad(bundle, pathname, file).map((script) => ({
    script,
    gzip: gzipBytes(path.join(buildDir, script)),
  }));
  const largest = scripts.reduce((max, entry) => (entry.gzip > max.gzip ? entry : max), { script: '', gzip: 0 });
  return {
    htmlBytes: fs.statSync(file).size,
    htmlGzip: gzipBytes(file),
    domElements: descendants(readHtml(file)).length,
    jsAtLoadGzip: scripts.reduce((sum, entry) => sum + entry.gzip, 0),
    largestScriptGzip: largest.gzip,
    // Without the content hash: the budget file names the chunk, not one build of it.
    largestScript: largest.script.replace(/\.[0-9a-f]{8}\.js$/, '.js'),
  };
}

/** The code each feature loads on first use (gzip of all its chunks). */
export const LAZY: Record<string, (bundle: BuildBundle) => string[]> = {
  // Edit: the editor and the validator (each kind's schema comes on top: one small chunk per kind).
  editor: (bundle) => [
    ...new Set([...lazyFiles(bundle, 'manifest-editor'), ...lazyFiles(bundle, 'manifest-validation')]),
  ],
  // The search box's code (Pagefind's loader and the ranking) and Pagefind's own script.
  search: (bundle) => [...lazyFiles(bundle, 'search'), 'pagefind/pagefind.js'],
  // A command's words: the popover's chunk, and the words file /commands fetches on a row's first use.
  'command-words': (bundle) => [
    ...lazyFiles(bundle, 'command-words'),
    ...fs
      .readdirSync(path.join(bundle.buildDir, 'assets', 'data'))
      .filter((file) => /^command-words\.[0-9a-f]{8}\.json$/.test(file))
      .map((file) => `assets/data/${file}`),
  ],
  // /study's page component: the review app, the cards' text, the scheduler.
  study: (bundle) => {
    const route = bundle.chunkNames.get([...bundle.chunkNames.keys()].find((key) => key.startsWith('/study-')) ?? '');
    const component = route?.[0];
    if (!component) throw new Error('main.js: no /study route');
    return (bundle.registry.get(component) ?? []).flatMap((id) => bundle.chunkFile(id) ?? []);
  },
};

export function measureBuild(buildDir = path.resolve('build')): Weights {
  const bundle = readBundle(buildDir);
  const pages = Object.fromEntries(
    sitemapPaths(buildDir)
      .sort()
      .map((pathname) => [pathname, pageWeight(buildDir, bundle, pathname)]),
  );
  const lazy = Object.fromEntries(
    Object.entries(LAZY).map(([name, files]) => {
      const list = files(bundle).sort();
      return [name, { files: list, gzip: list.reduce((sum, file) => sum + gzipBytes(path.join(buildDir, file)), 0) }];
    }),
  );
  return { pages, lazy };
}
