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

/** A result: its content split at whitespace (what locations count), its sections and its place in the notes. */
export interface ResultPage<T extends SubResult> {
  words: readonly string[];
  subs: readonly T[];
  /** Reading order of the section in the notes (chapter, then position in the chapter); lower is earlier. */
  order?: number;
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
 * The words of a heading, and each run of 2 or 3 of them written together: "Image Pull Secrets" also names
 * `imagepullsecrets`, "Config Maps" `configmaps`, so a camelCase or run-together term matches the heading.
 */
export function titleWords(title: string): string[] {
  const words = title
    .split(/[\s/]+/)
    .map(normalizeWord)
    .filter(Boolean);
  const runs: string[] = [];
  for (let length = 2; length <= 3; length += 1)
    for (let from = 0; from + length <= words.length; from += 1) runs.push(words.slice(from, from + length).join(''));
  return [...words, ...runs];
}

/** kubectl verbs that show or make a resource type named by the next word (`get svc`, `create configmap`). */
const TYPE_VERBS = new Set(['get', 'describe', 'explain', 'create']);

/**
 * Score of one section for the query's terms (normalized), in tiers, each outweighing all below it:
 * - how many of the terms it holds as words of their own (a part of `ServiceAccount` is not `service`);
 * - whether its heading names every term ("Secrets in Memory" for `secrets in memory`), more so when it names
 *   nothing else ("Deployments" for `deployments`): the section is about it;
 * - how often the terms stand next to each other in the query's order (`kubectl scale statefulset`), up to 3;
 * - how often a term is the resource type of a kubectl command that shows or makes it (`kubectl get service`),
 *   up to 3: a kind's short name is what one types there;
 * - how often the rarest term occurs, up to 3 (a passing mention is not an explanation).
 * Past that, Pagefind's score does not count: rankSections gives equal scores to the section read first.
 */
export function sectionScore(sub: SubResult, terms: readonly string[], words: readonly string[]): number {
  const termAt = new Map<number, number>();
  for (const { location } of sub.weighted_locations) {
    const term = termOf(words[location] ?? '', terms);
    if (term >= 0) termAt.set(location, term);
  }
  const counts = terms.map(() => 0);
  let adjacent = 0;
  let typed = 0;
  for (const [location, term] of termAt) {
    counts[term] = (counts[term] ?? 0) + 1;
    if (termAt.get(location + 1) === term + 1) adjacent += 1;
    const before = normalizeWord(words[location - 1] ?? '');
    const command = normalizeWord(words[location - 2] ?? '');
    if (TYPE_VERBS.has(before) && (command === 'kubectl' || command === 'k')) typed += 1;
  }
  const covered = counts.filter((count) => count > 0).length;
  const named = titleWords(sub.title);
  const titled = terms.length > 0 && terms.every((term) => named.some((word) => sameWord(word, term)));
  const headingWords = sub.title
    .split(/[\s/]+/)
    .map(normalizeWord)
    .filter(Boolean);
  const exact = titled && headingWords.every((word) => terms.some((term) => sameWord(word, term)));
  const mentions = Math.min(3, ...counts);
  return (
    covered * 10_000 +
    (titled ? 5000 : 0) +
    (exact ? 2000 : 0) +
    Math.min(adjacent, 3) * 400 +
    Math.min(typed, 3) * 100 +
    mentions * 10
  );
}

export interface RankedSection<T extends SubResult> {
  /** Index of the result in Pagefind's order. */
  page: number;
  section: T;
  score: number;
}

/**
 * The best section of each result, best first. On equal scores the section read first in the notes wins
 * (where a thing is introduced, not where it is used again later), then Pagefind's order. Results without
 * sections are left out.
 */
export function rankSections<T extends SubResult>(pages: readonly ResultPage<T>[], query: string): RankedSection<T>[] {
  const terms = query.split(/\s+/).map(normalizeWord).filter(Boolean);
  const best: (RankedSection<T> & { order: number })[] = [];
  pages.forEach((page, index) => {
    let top: RankedSection<T> | undefined;
    for (const section of page.subs) {
      const score = sectionScore(section, terms, page.words);
      if (!top || score > top.score) top = { page: index, section, score };
    }
    if (top) best.push({ ...top, order: page.order ?? Number.MAX_SAFE_INTEGER });
  });
  return best
    .sort((a, b) => b.score - a.score || a.order - b.order || a.page - b.page)
    .map(({ page, section, score }) => ({ page, section, score }));
}
