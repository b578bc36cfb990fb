/**
 * Writes the site's search index with Pagefind, from the built pages: a chunked index under
 * `build/pagefind/`, whose browser code (pagefind.js and its WebAssembly) loads only the chunks a query
 * needs. Each heading with an id is a sub-result, so a result can open the section rather than the page.
 *
 * What is indexed: the `<article>` of every chapter page (docs), without
 * - the YAML of embedded manifests (their file names and object summaries stay): a manifest's `ports:` or
 *   its comments should not outrank the prose and the commands that teach the idea;
 * - controls (copy, download, collapse buttons, heading hash links, the mobile table of contents).
 *
 * Called by the offline plugin as a step before the precache is listed (see docusaurus.config.ts), so the
 * index files exist when Workbox lists the build folder: no waiting, no polling.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadPagefind } from './pagefind';

/** The folder under the build that holds the index and Pagefind's browser code. */
export const SEARCH_DIR = 'pagefind';

/** Parts of an article that are not read as text by a learner looking for a section. */
export const EXCLUDED = [
  '[data-manifest] pre',
  '[data-manifest] [role="status"]',
  'button',
  'a.hash-link',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  'nav',
];

/** Output files this site never loads. */
const UNUSED_OUTPUT = /^pagefind\/(?:pagefind-(?:ui|modular-ui|highlight)\.(?:js|css)|wasm\.unknown\.pagefind)$/;

export interface IndexedPage {
  /** Site path of the page: `/ch05-services`, `/` for the home page. */
  url: string;
  /** The built HTML file. */
  file: string;
}

function filesUnder(dir: string, prefix: string): Promise<string[]> {
  return fs.readdir(dir, { withFileTypes: true }).then(async (entries) => {
    const lists = await Promise.all(
      entries.map((entry) =>
        entry.isDirectory()
          ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
          : Promise.resolve([`${prefix}${entry.name}`]),
      ),
    );
    return lists.flat();
  });
}

/**
 * Indexes `pages` and writes the index to `<outDir>/pagefind`. Returns the files written, relative to outDir
 * (`pagefind/pagefind.js`, ...), for the precache. Fails naming the page Pagefind could not read.
 */
export async function writeSearchIndex(outDir: string, pages: readonly IndexedPage[]): Promise<string[]> {
  const pagefind = await loadPagefind();
  const { index, errors } = await pagefind.createIndex({
    rootSelector: 'article',
    excludeSelectors: EXCLUDED,
    forceLanguage: 'en',
  });
  if (!index) throw new Error(`kia-search: Pagefind did not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const content = await fs.readFile(page.file, 'utf8').catch(() => {
        throw new Error(`kia-search: no built page ${page.file} for ${page.url}`);
      });
      const added = await index.addHTMLFile({ url: page.url, content });
      if (added.errors.length > 0) throw new Error(`kia-search: ${page.url}: ${added.errors.join('; ')}`);
    }
    const outputPath = path.join(outDir, SEARCH_DIR);
    await fs.rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`kia-search: writing the index: ${written.errors.join('; ')}`);
    const files = (await filesUnder(outputPath, `${SEARCH_DIR}/`)).sort();
    // Pagefind also writes its ready-made UIs and the code for pages of no known language: this site uses
    // neither, and the precache should not carry them.
    const unused = files.filter((file) => UNUSED_OUTPUT.test(file));
    await Promise.all(unused.map((file) => fs.rm(path.join(outDir, file))));
    return files.filter((file) => !unused.includes(file));
  } finally {
    await pagefind.close();
  }
}
