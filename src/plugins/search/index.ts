/**
 * Site search with Pagefind: an index written after the build from the built chapter pages (./searchIndex.ts),
 * searched in the browser by Pagefind's own script and WebAssembly, which the search box
 * (src/theme/SearchBar) loads on first use. No server, no third-party service, and offline once the
 * service worker has precached build/pagefind/.
 *
 * Why Pagefind and not the lunr index of @easyops-cn/docusaurus-search-local: measured on the learner queries
 * of tests/e2e/searchQueries.ts (`npm run bench:search -- --lunr <lunr build>`), 2026-12-01 on this machine:
 * lunr 52/67 first-result hits, 391 KiB gzip for the first query, 76 ms median (317 p95) keystroke to results,
 * 196 ms (741 p95) at 4x CPU; Pagefind 58/67, 184 KiB, single-digit ms warm, ~40 ms at 4x (one run each).
 * Since then one record per section, small index chunks, no worker and fragments only for the results shown
 * (src/plugins/search/searchIndex.ts, src/components/SearchBox/pagefind.ts): 67/67 and ~90 KiB.
 *
 * The order is explicit: this plugin only adds the /search page. The index is written by `searchIndexStep`,
 * which docusaurus.config.ts hands to the offline plugin as a step it runs before Workbox lists the build,
 * so the index files are in the precache without polling or timeouts.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadPages } from '../../lib/build/content';
import type { BuildStep } from '../offline';
import { htmlFileOf } from '../offline/offlinePage';
import { writeSearchIndex, type IndexedPage } from './searchIndex';

export interface SearchPluginOptions {
  /** Where the chapters are: every page of it is indexed. */
  docsDir: string;
  /** Other built pages to index (`/changes`), after the chapters. */
  routes?: readonly string[];
}

function builtFile(outDir: string, permalink: string): string {
  const file = htmlFileOf(outDir, permalink);
  if (!file) throw new Error(`search index: no built page for ${permalink} in ${outDir}`);
  return file;
}

/** The step that writes build/pagefind/ from the built chapter pages. */
export function searchIndexStep({ docsDir, routes = [] }: SearchPluginOptions): BuildStep {
  return {
    name: 'search index (Pagefind)',
    async run(outDir, baseUrl) {
      const pages: IndexedPage[] = [...loadPages(docsDir).map((doc) => doc.permalink), ...routes].map((route) => ({
        url: path.posix.join(baseUrl, route),
        file: builtFile(outDir, route),
      }));
      return writeSearchIndex(outDir, pages);
    },
  };
}

export default function searchPlugin(context: LoadContext): Plugin {
  return {
    name: 'kia-search',
    async contentLoaded({ actions }) {
      actions.addRoute({
        path: path.posix.join(context.baseUrl, 'search'),
        component: '@site/src/components/SearchPage',
        exact: true,
      });
    },
  };
}
