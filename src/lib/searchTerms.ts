/**
 * How the search index reads text: which words it stores for a piece of prose or a command line, and which
 * words count as the same to a reader of kubectl commands. Pure functions, no lunr: the search plugin wires
 * them into lunr's tokenizer and pipeline, and the tests check them directly.
 *
 * The split into words follows the search box (@easyops-cn/docusaurus-search-local cuts queries at spaces and
 * hyphens), so every word a query can contain is a word the index stores. On top of that the index stores the
 * parts of words that punctuation glues together (`kubia-svc.yml` -> `svc`, `yml`;
 * `--from-file=customkey=config-file.conf` -> `customkey`...), and multi-word names of resource types written as
 * prose ("Config Maps", "Persistent Volume Claims") as one word.
 */
import { synonymGroups } from './kubectlResources';

export interface WordAt {
  /** Lowercase, not stemmed. */
  term: string;
  /** Offset and length in the original text, for highlighting. */
  start: number;
  length: number;
}

const SYNONYMS = new Map<string, string[]>();
for (const group of synonymGroups()) {
  for (const word of group)
    SYNONYMS.set(
      word,
      group.filter((other) => other !== word),
    );
}

/** Names of resource types written as one word, which prose may write as two or three. */
const JOINABLE = new Set([...SYNONYMS.keys()].filter((word) => word.length > 6));

/** The other words that mean the same: `svc` -> `services`, `service`; `k` -> `kubectl`. */
export function synonymsOf(term: string): string[] {
  return SYNONYMS.get(term) ?? [];
}

/** The words of a text as the index stores them (before stemming and synonyms). */
export function indexWords(text: string | null | undefined): WordAt[] {
  if (!text) return [];
  const lower = text.toLowerCase();
  const words: WordAt[] = [];
  // Whole words, cut like the search box cuts queries: at whitespace and hyphens.
  const whole: WordAt[] = [];
  for (const match of lower.matchAll(/[^-\s]+/g)) {
    const raw = match[0];
    const leading = /^[^\p{L}\p{N}_]*/u.exec(raw)?.[0].length ?? 0;
    const trimmed = raw.slice(leading).replace(/[^\p{L}\p{N}_]+$/u, '');
    if (!trimmed) continue;
    whole.push({ term: trimmed, start: (match.index ?? 0) + leading, length: trimmed.length });
  }
  whole.forEach((word, index) => {
    words.push(word);
    // Parts of a word glued by punctuation: `svc.yml`, `--from-file=customkey=config`, `configmap/kubia`.
    const parts = [...word.term.matchAll(/[\p{L}\p{N}]+/gu)];
    if (parts.length > 1) {
      for (const part of parts) {
        words.push({ term: part[0], start: word.start + (part.index ?? 0), length: part[0].length });
      }
    }
    // "Config Maps" -> `configmaps`, "Persistent Volume Claims" -> `persistentvolumeclaims`.
    for (let span = 2; span <= 3; span += 1) {
      const run = whole.slice(index, index + span);
      if (run.length < span) break;
      const joined = run.map((item) => item.term).join('');
      if (JOINABLE.has(joined)) {
        const last = run[run.length - 1] ?? word;
        words.push({ term: joined, start: word.start, length: last.start + last.length - word.start });
      }
    }
  });
  return words;
}
