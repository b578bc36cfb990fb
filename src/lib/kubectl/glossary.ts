/**
 * The explanations of one page, each once: words that mean the same (every `kubectl`, every `-o yaml` of
 * the page) share one entry, and each entry gets a short id (`kx3`) its words link to. Pure; the page's
 * entries are rendered once, at the end of its content (src/components/CommandWords).
 */
import type { Explanation } from './explain';

export interface GlossaryEntry extends Explanation {
  id: string;
}

export class Glossary {
  private readonly byKey = new Map<string, GlossaryEntry>();

  constructor(private readonly prefix = 'kx') {}

  /** The id of the entry for this explanation (added when new). */
  idOf(explanation: Explanation): string {
    const key = JSON.stringify(explanation);
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { ...explanation, id: `${this.prefix}${this.byKey.size + 1}` };
      this.byKey.set(key, entry);
    }
    return entry.id;
  }

  entries(): GlossaryEntry[] {
    return [...this.byKey.values()];
  }
}
