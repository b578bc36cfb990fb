/**
 * Loads the `pagefind` npm package (its Node API drives the Pagefind binary the package ships for this
 * platform). The package is ESM-only with an `import`-only export map, which the config loader Docusaurus uses
 * (jiti, CommonJS) cannot resolve by name: the module is found in the module paths and imported by file URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Pagefind from 'pagefind';

export type PagefindApi = typeof Pagefind;

export async function loadPagefind(): Promise<PagefindApi> {
  const dir = (require.resolve.paths('pagefind') ?? [])
    .map((modules) => path.join(modules, 'pagefind'))
    .find((candidate) => fs.existsSync(path.join(candidate, 'package.json')));
  if (!dir) throw new Error('kia-search: the package "pagefind" is not installed (npm ci).');
  return (await import(pathToFileURL(path.join(dir, 'lib', 'index.js')).href)) as PagefindApi;
}
