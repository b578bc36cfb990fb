/**
 * From a learner's query to Pagefind's results and back: the words sent to Pagefind, and which section of
 * which result page to open first. Pagefind finds the pages and, per heading, the positions of the words it
 * matched; these functions rank the sections themselves, so a section that holds every word of the query,
 * side by side as in `k create secret tls`, comes before one that repeats a single common word (`kubectl`).
 * Pure functions: the search box calls them in the browser, the unit tests directly.
 */
import { synonymsOf } from './searchTerms';

/**
 * kubectl's short names and alias, as the words the notes write: `svc` -> `services`, `k` -> `kubectl`. A last
 * word of one letter (`kubectl p`, typed on the way to `kubectl port-forward`) is left out: as a prefix it
 * matches a good part of the index, which Pagefind would download for results nobody reads.
 */
export function rewriteQuery(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (last.length === 1 && synonymsOf(last).length === 0) words.pop();
  return words
    .map((word) => {
      const lower = word.toLowerCase();
      const synonyms = synonymsOf(lower);
      // Only words of up to 6 letters are short names; longer ones are already what the notes write.
      if (lower.length > 6 || synonyms.length === 0) return word;
      return synonyms.reduce((longest, other) => (other.length > longest.length ? other : longest), lower);
    })
    .join(' ');
}

/** The parts of a Pagefind sub-result (one per heading) this code reads. */
export interface SubResult {
  url: string;
  title: string;
  /** Positions of matched words in the page's content, counted in words split at whitespace. */
  weighted_locations: { weight: number; location: number }[];
}

/** A result page: its content split at whitespace (what locations count) and its sections. */
export interface ResultPage<T extends SubResult> {
  words: readonly string[];
  subs: readonly T[];
}

/** Lowercase, without the punctuation around it: `Secrets:` -> `secrets`, `` `port-forward` `` -> `port-forward`. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The same word up to an ending of at most 3 letters: `create`/`creating`, `secret`/`secrets`. */
export function sameWord(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return common >= 2 && a.length - common <= 3 && b.length - common <= 3;
}

/** Which query term a matched word is (the first one it is the same word as), or -1. */
function termOf(word: string, terms: readonly string[]): number {
  const normal = normalizeWord(word);
  return terms.findIndex((term) => sameWord(normal, term));
}

/**
 * Score of one section for the query's terms (normalized): first how many of the terms it holds, then how
 * many its heading names (all of them: the section is about it), then how many stand next to each other in
 * the query's order, then the
 * weight of its matches (headings weigh more than prose), on a log scale so repetition counts for little.
 */
export function sectionScore(sub: SubResult, terms: readonly string[], words: readonly string[]): number {
  const weights = terms.map(() => 0);
  const termAt = new Map<number, number>();
  for (const { weight, location } of sub.weighted_locations) {
    const term = termOf(words[location] ?? '', terms);
    if (term < 0) continue;
    weights[term] = (weights[term] ?? 0) + weight;
    termAt.set(location, term);
  }
  const covered = weights.filter((weight) => weight > 0).length;
  let adjacent = 0;
  for (const [location, term] of termAt) if (termAt.get(location + 1) === term + 1) adjacent += 1;
  const titleWords = sub.title.split(/\s+/).map(normalizeWord);
  const inTitle = terms.filter((term) => titleWords.some((word) => sameWord(word, term))).length;
  const weight = weights.reduce((sum, value) => sum + Math.log2(1 + value), 0);
  // A heading that names every term is the section about it ("Secrets in Memory" for `secrets in memory`).
  const titled = inTitle === terms.length && terms.length > 0 ? 500 : inTitle * 30;
  return covered * 1000 + titled + Math.min(adjacent, 3) * 100 + weight;
}

export interface RankedSection<T extends SubResult> {
  /** Index of the page in Pagefind's order. */
  page: number;
  section: T;
  score: number;
}

/**
 * The best section of each page, best first; on a tie Pagefind's page order, then the earlier section.
 * Pages without sections are left out.
 */
export function rankSections<T extends SubResult>(pages: readonly ResultPage<T>[], query: string): RankedSection<T>[] {
  const terms = query.split(/\s+/).map(normalizeWord).filter(Boolean);
  const best: RankedSection<T>[] = [];
  pages.forEach((page, index) => {
    let top: RankedSection<T> | undefined;
    for (const section of page.subs) {
      const score = sectionScore(section, terms, page.words);
      if (!top || score > top.score) top = { page: index, section, score };
    }
    if (top) best.push(top);
  });
  return best.sort((a, b) => b.score - a.score || a.page - b.page);
}
