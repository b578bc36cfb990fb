/**
 * Pagefind in the browser: its script (build/pagefind/pagefind.js, written by src/plugins/search) is loaded
 * on first use, not with the page, and from the site itself (the service worker has it offline).
 *
 * Each Pagefind result is one section of a page (src/plugins/search/searchIndex.ts indexes sections), so a
 * result's data is that section's fragment, a kilobyte or so. Only the results that will be shown are
 * loaded, and none for a query the reader has already typed past. Pagefind runs on the page's thread, not in
 * its web worker: the index is small, a search takes a few milliseconds, and the worker would be one more
 * script to download before the first result.
 */
import { rankSections, rewriteQuery, type SubResult } from '../../lib/searchResults';

interface PagefindResultData {
  url: string;
  content: string;
  /** `title`: the section's heading; `page`: the title of its page; `order`: its place in reading order. */
  meta: { title?: string; page?: string; order?: string };
  excerpt: string;
  sub_results: (SubResult & { excerpt: string })[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
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

/** How many of Pagefind's results (sections) a query ranks and lists: each adds one small fragment download. */
export const MAX_RESULTS = 6;

/**
 * How long a query waits for the next keystroke before Pagefind searches it. Fast typing (or a held key) then
 * downloads the index chunks and sections of the query typed, not of every prefix on the way; the results
 * still show well within the 50 ms a keystroke may take.
 */
export const SETTLE_MS = 25;

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${baseUrl}pagefind/pagefind.js`;
    const api = (await import(/* webpackIgnore: true */ url)) as PagefindApi;
    await api.options({ noWorker: true });
    await api.init();
    return api;
  })();
  return loading;
}

/**
 * The sections for `query`, best first. `current` says whether the reader still wants this query: when a
 * later keystroke has replaced it, no fragment is loaded and the answer is null.
 */
export async function search(
  baseUrl: string,
  query: string,
  current: () => boolean = () => true,
): Promise<SearchHit[] | null> {
  const words = rewriteQuery(query);
  if (!words) return [];
  const api = await loadPagefind(baseUrl);
  // Index chunks and fragments only for a query the reader has stopped on: a keystroke within this pause
  // replaces it, and a search that had to wait for a chunk may have been replaced meanwhile.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  if (!current()) return null;
  const found = await api.search(words);
  if (!current()) return null;
  if (!found) return [];
  const pages = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  const ranked = rankSections(
    pages.map((page) => ({ words: page.content.split(/\s+/), subs: page.sub_results, order: Number(page.meta.order) })),
    words,
  );
  return ranked.map(({ page: index, section }) => {
    const page = pages[index] as PagefindResultData;
    return {
      href: section.url,
      section: section.title,
      page: page.meta.page ?? page.meta.title ?? page.url,
      excerpt: section.excerpt,
    };
  });
}
