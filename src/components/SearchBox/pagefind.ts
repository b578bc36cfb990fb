/**
 * Pagefind in the browser: its script (build/pagefind/pagefind.js, written by src/plugins/search) is loaded
 * on first use, not with the page, and from the site itself (the service worker has it offline).
 */
import { rankSections, rewriteQuery, type SubResult } from '../../lib/searchResults';

interface PagefindResultData {
  url: string;
  content: string;
  meta: { title?: string };
  excerpt: string;
  sub_results: (SubResult & { excerpt: string })[];
}
interface PagefindApi {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?: unknown;
}

export interface SearchHit {
  /** Page path and anchor of the section. */
  href: string;
  section: string;
  page: string;
  /** Pagefind's excerpt, HTML with <mark> around the matched words. */
  excerpt: string;
}

/** How many of Pagefind's pages a query ranks and lists (each adds one fragment download). */
export const MAX_RESULTS = 6;

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${baseUrl}pagefind/pagefind.js`;
    const api = (await import(/* webpackIgnore: true */ url)) as PagefindApi;
    await api.init();
    return api;
  })();
  return loading;
}

export async function search(baseUrl: string, query: string): Promise<SearchHit[]> {
  const words = rewriteQuery(query);
  if (!words) return [];
  const api = await loadPagefind(baseUrl);
  const found = await api.search(words);
  if (!found) return [];
  const pages = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  const ranked = rankSections(
    pages.map((page) => ({ words: page.content.split(/\s+/), subs: page.sub_results })),
    words,
  );
  return ranked.map(({ page: index, section }) => {
    const page = pages[index] as PagefindResultData;
    return {
      href: section.url,
      section: section.title,
      page: page.meta.title ?? page.url,
      excerpt: section.excerpt,
    };
  });
}
