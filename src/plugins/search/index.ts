/**
 * Site search: @easyops-cn/docusaurus-search-local, wrapped to write a better index.
 *
 * Why this search: it runs entirely in the browser. The index is a static file under build/ that the
 * search box fetches on first use (not in the initial JavaScript of any page), so search needs no server,
 * sends no query to a third party (Algolia DocSearch would need a crawler account and a request per
 * keystroke), and works offline once the service worker has precached the file.
 *
 * Why a wrapper: the plugin keeps its search box, search page, web worker and options, and only its
 * postBuild is replaced by ./searchIndex.ts, which writes the same file format from the same built HTML with
 * sections at every heading level, kubectl synonyms and a boosted field of each section's commands. The
 * alternatives were worse: the plugin has no hook for its tokenizer or its h1-h3 section split, patching
 * its files in node_modules does not survive an install, and rewriting queries in a swizzled search box
 * would fork the plugin's largest component.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import type { PluginOptions as SearchLocalOptions } from '@easyops-cn/docusaurus-search-local';
import { loadPages } from '../../lib/content';
import { commandsBySection } from '../../lib/commandIndex';
import { buildSearchIndex, parseDocPage, type Lunr, type ParsedPage } from './searchIndex';

const SEARCH_LOCAL = '@easyops-cn/docusaurus-search-local';

interface SearchLocalModule {
  default: (context: LoadContext, options: SearchLocalOptions) => Plugin;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
}

// lunr and cheerio are loaded from the plugin's own dependencies, so the index is written by the same
// lunr version (and read with the same HTML parser) as the plugin's browser code and postBuild use.
const requireHere = createRequire(__filename);
const searchLocalPath = requireHere.resolve(SEARCH_LOCAL);
const requireFromSearchLocal = createRequire(searchLocalPath);
const searchLocal = requireHere(SEARCH_LOCAL) as SearchLocalModule;

/** The file name search-local's browser code fetches with `hashed: false`. */
export const SEARCH_INDEX_FILE = 'search-index.json';

function htmlFileOf(outDir: string, permalink: string): string {
  return permalink === '/'
    ? path.join(outDir, 'index.html')
    : path.join(outDir, `${permalink.replace(/^\//, '')}.html`);
}

export default function searchTheme(context: LoadContext, rawOptions: unknown): Plugin {
  // Already checked (and given their defaults) by the plugin's validateOptions below.
  const options = rawOptions as SearchLocalOptions;
  if (options.hashed) {
    throw new Error(`${SEARCH_LOCAL}: this site writes ${SEARCH_INDEX_FILE} itself; keep the option "hashed" false.`);
  }
  const base = searchLocal.default(context, options);
  const docsDirs = ([] as string[]).concat(options.docsDir ?? 'docs').map((dir) => path.resolve(context.siteDir, dir));
  return {
    ...base,
    async postBuild({ outDir, baseUrl }) {
      const lunr = requireFromSearchLocal('lunr') as Lunr;
      const cheerio = requireFromSearchLocal('cheerio') as { load(html: string): CheerioAPI };
      const docs = docsDirs.flatMap((dir) => loadPages(dir));
      const pages: ParsedPage[] = [];
      for (const doc of docs) {
        const file = htmlFileOf(outDir, doc.permalink);
        const html = await fs.readFile(file, 'utf8').catch(() => {
          throw new Error(`${SEARCH_LOCAL}: no built page ${file} for docs/${doc.relativePath}`);
        });
        pages.push(parseDocPage(cheerio.load(html), path.posix.join(baseUrl, doc.permalink)));
      }
      const withBase = new Map(
        [...commandsBySection(docs).entries()].map(([href, commands]) => [path.posix.join(baseUrl, href), commands]),
      );
      const index = buildSearchIndex(lunr, { pages, commandsBySection: withBase });
      await fs.writeFile(path.join(outDir, SEARCH_INDEX_FILE), JSON.stringify(index));
    },
  };
}

// Plugins given to the config as functions carry their option validation as a property: the plugin's own.
searchTheme.validateOptions = searchLocal.validateOptions;
