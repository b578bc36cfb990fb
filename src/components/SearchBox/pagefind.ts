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
 * How long a query waits for the next keystroke before Pagefind searches it: a query typed past is never
 * searched, so it downloads no index chunks and no sections, and keeps the page free to take the next key. The
 * wait follows the reader's pace: after a pause there is none and the results come at once; while keys come
 * less than BURST_MS apart it is long enough to bridge the gaps between them (and the one while Pagefind's
 * WebAssembly starts), so a burst downloads what its last query needs rather than what every prefix matched.
 * (After a pause it was 10 ms, which a timer at 4x CPU slowdown stretched to ~18: a third of the keystroke-to-
 * result time, for a next key that no reader types within 10 ms. Without it, and with the answer rendered at
 * once (see SearchBox), `npm run bench -- --interactions` went from a median of 74 and 79 ms to 41 and 43 ms
 * over two interleaved runs of each build.)
 */
export const SETTLE_MS = 0;
export const BURST_SETTLE_MS = 80;
export const BURST_MS = 120;

let lastQueryAt = Number.NEGATIVE_INFINITY;
/** When Pagefind became ready: starting its WebAssembly holds up the keys typed meanwhile. */
let readyAt = Number.NEGATIVE_INFINITY;

/**
 * The wait for a query that arrives `now`, the previous one having arrived at `previous` and Pagefind having
 * become ready at `ready` (see SETTLE_MS): a key right after Pagefind started is part of the burst it held up.
 */
export function settleFor(now: number, previous: number, ready = Number.NEGATIVE_INFINITY): number {
  return now - previous < BURST_MS || now - ready < BURST_MS ? BURST_SETTLE_MS : SETTLE_MS;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${baseUrl}pagefind/pagefind.js`;
    const api = (await import(/* webpackIgnore: true */ url)) as PagefindApi;
    await api.options({ noWorker: true });
    await api.init();
    await api.search(''); // resolves once the WebAssembly and the index metadata are loaded: no chunk needed
    readyAt = performance.now();
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
  // Index chunks and fragments only for a query the reader has stopped on: a keystroke within this pause
  // replaces it, and a query that had to wait for Pagefind or a chunk may have been replaced meanwhile.
  const now = performance.now();
  const settle = settleFor(now, lastQueryAt, readyAt);
  lastQueryAt = now;
  if (settle > 0) {
    await new Promise((resolve) => setTimeout(resolve, settle));
    if (!current()) return null;
  }
  const api = await loadPagefind(baseUrl);
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
