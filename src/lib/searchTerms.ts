/**
 * Which words count as the same to a reader of kubectl commands: `k` and `kubectl`, a resource type's short
 * name, singular, plural and kind (`svc`, `service`, `services`). Read by the search box (src/lib/searchResults.ts)
 * to send Pagefind the words the notes write, and by the tests.
 */
import { synonymGroups } from './kubectlResources';

const SYNONYMS = new Map<string, string[]>();
for (const group of synonymGroups()) {
  for (const word of group)
    SYNONYMS.set(
      word,
      group.filter((other) => other !== word),
    );
}

/** The other words that mean the same: `svc` -> `services`, `service`; `k` -> `kubectl`. */
export function synonymsOf(term: string): string[] {
  return SYNONYMS.get(term) ?? [];
}
