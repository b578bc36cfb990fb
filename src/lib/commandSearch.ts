/**
 * The command index's find box: ranks commands by how well they match what a reader wants to do, not only
 * how they are spelled. Each entry carries build-time fields (src/lib/kubectl/searchFields.ts): the verb, its
 * description and task words, and the meaning of its resource and flags. Pure; linear in the query and entries.
 */
import type { CommandIndexData, CommandLocation, IndexedCommand } from './notesCommandIndex';

export interface Searchable {
  command: string;
  verb: string;
  verbText: string;
  /** Resource type names (kubectl commands). */
  resourceText?: string;
  detailText: string;
  /** Page and section titles where it is used. */
  places: string;
}

interface Field {
  words: string[];
  squashed: string;
  weight: number;
}

export interface Prepared<T> {
  item: T;
  fields: Field[];
}

/** Longer queries are refused with a message instead of being searched. */
export const MAX_QUERY = 200;

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'to',
  'of',
  'in',
  'on',
  'for',
  'with',
  'or',
  'from',
  'my',
  'it',
  'is',
  'how',
  'do',
  'i',
  'you',
  'can',
  'what',
  'into',
  'out',
  'by',
  'at',
]);

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const stem = (word: string) =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
const wordsOf = (text: string) => normalize(text).split(' ').filter(Boolean).map(stem);

function field(text: string, weight: number): Field {
  return { words: wordsOf(text), squashed: normalize(text).replace(/ /g, ''), weight };
}

export function prepare<T extends Searchable>(item: T): Prepared<T> {
  return {
    item,
    fields: [
      field(item.verb, 10),
      field(item.verbText, 6),
      field(item.resourceText ?? '', 5),
      field(item.command, 4),
      field(item.detailText, 3),
      field(item.places, 1),
    ],
  };
}

export interface Query {
  words: string[];
  /** The words written together (`roll back` -> `rollback`, `port forward` -> `portforward`). */
  joined: string;
}

/** The query's words, or a message for input that is not one. */
export function readQuery(text: string): { query?: Query; message?: string } {
  if (text.length > MAX_QUERY) {
    return { message: `That is ${text.length.toLocaleString('en')} characters; describe the task in a few words.` };
  }
  const all = wordsOf(text);
  const words = all.filter((word) => !STOP_WORDS.has(word));
  if (words.length === 0) return all.length === 0 ? {} : { query: { words: all, joined: all.join('') } };
  return { query: { words, joined: words.join('') } };
}

/** The score of an entry for a query: 0 when some word matches nowhere. */
export function score(query: Query, prepared: Prepared<Searchable>): number {
  let total = 0;
  if (query.words.length > 1) {
    for (const entry of prepared.fields) if (entry.squashed.includes(query.joined)) total += entry.weight * 2;
  }
  const phrase = total > 0;
  for (const word of query.words) {
    let best = 0;
    for (const entry of prepared.fields) {
      if (entry.weight > best && entry.words.some((candidate) => candidate.startsWith(word))) best = entry.weight;
    }
    if (best === 0 && !phrase) return 0;
    total += best;
  }
  return total;
}

/** Entries matching every word (or the words together), best first; shorter commands first on a tie. */
export function rank<T extends Searchable>(query: Query, entries: Prepared<T>[]): T[] {
  return entries
    .map((entry) => ({ entry, points: score(query, entry) }))
    .filter(({ points }) => points > 0)
    .sort((a, b) => b.points - a.points || a.entry.item.command.length - b.entry.item.command.length)
    .map(({ entry }) => entry.item);
}

/** A find box entry: a command of the index (kubectl, then other tools), or a kubectl verb the notes never run. */
export type SearchEntry = Searchable & { entry?: IndexedCommand; description: string };

const placesOf = (uses: CommandLocation[]) => uses.map((use) => `${use.pageLabel} ${use.section}`).join(' ');

/** Every entry the find box searches, from the index data. */
export function searchEntries(index: CommandIndexData): SearchEntry[] {
  const kubectl: SearchEntry[] = index.kubectl.flatMap((section) =>
    section.groups.flatMap((group) =>
      group.commands.map((entry) => ({
        command: [entry.command, ...entry.also.map((variant) => variant.command)].join(' '),
        verb: entry.search?.verb ?? group.verb,
        verbText: entry.search?.verbText ?? '',
        resourceText: entry.search?.resourceText ?? '',
        detailText: `${entry.search?.detailText ?? ''} ${entry.statuses.map((status) => status.label).join(' ')}`,
        places: placesOf(entry.uses),
        description: section.description,
        entry,
      })),
    ),
  );
  const others: SearchEntry[] = index.other.flatMap((group) =>
    group.commands.map((entry) => ({
      command: entry.command,
      verb: group.verb,
      verbText: '',
      detailText: '',
      places: placesOf(entry.uses),
      description: '',
      entry,
    })),
  );
  const verbs: SearchEntry[] = index.otherVerbs.map((verb) => ({
    command: `kubectl ${verb.verb}`,
    verb: verb.verb,
    verbText: `${verb.description} ${verb.terms}`,
    detailText: '',
    places: '',
    description: verb.description,
  }));
  return [...kubectl, ...others, ...verbs];
}
