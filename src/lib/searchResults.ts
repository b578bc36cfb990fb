/**
 * From a learner's query to Pagefind's results and back: the words sent to Pagefind, and which section of a
 * result page to open. Pure functions: the search box calls them in the browser, the unit tests directly.
 */
import { synonymsOf } from './searchTerms';

/** kubectl's short names and alias, as the words the notes write: `svc` -> `service`, `k` -> `kubectl`. */
export function rewriteQuery(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const lower = word.toLowerCase();
      const synonyms = synonymsOf(lower);
      // Only words of up to 6 letters are short names; longer ones are already what the notes write.
      if (lower.length > 6 || synonyms.length === 0) return word;
      return synonyms.reduce((longest, other) => (other.length > longest.length ? other : longest), lower);
    })
    .join(' ');
}

/** The parts of a Pagefind sub-result this code reads. */
export interface SubResult {
  url: string;
  title: string;
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

/** Score of one section: its matches by weight, and every query word its heading holds counts ten matches. */
export function sectionScore(sub: SubResult, words: readonly string[]): number {
  const title = sub.title.toLowerCase();
  const inTitle = words.filter((word) => title.includes(word.toLowerCase())).length;
  return inTitle * 10 + sub.weighted_locations.reduce((sum, location) => sum + location.weight, 0);
}

/** The section of a page to open for the query: the highest score, the first section on a tie. */
export function bestSection<T extends SubResult>(subs: readonly T[], query: string): T | undefined {
  const words = query.split(/\s+/).filter(Boolean);
  let best: T | undefined;
  let bestScore = -1;
  for (const sub of subs) {
    const score = sectionScore(sub, words);
    if (score > bestScore) {
      best = sub;
      bestScore = score;
    }
  }
  return best;
}
