/**
 * The reader's study data: which cards are in review and their schedule, which sections they have read,
 * where they stopped. One versioned document with migrations, a merge (by card id, newest review wins),
 * and a reader that says what is wrong with a file instead of throwing. Pure: no storage, no clock.
 */

/** Marks a document as ours: a JSON file without it is someone else's. */
export const SCHEMA = 'kia-study-notes';
/** Version of the document this code writes. Older versions are migrated on read. */
export const VERSION = 2;

export type Rating = 1 | 2 | 3 | 4;

/** The FSRS memory state of a card, as numbers (dates as epoch milliseconds). */
export interface FsrsState {
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview?: number;
}

export interface CardRecord {
  /** When the card entered the reader's reviews. */
  addedAt: number;
  /** Last change (added or reviewed): a merge keeps the newer record. */
  updatedAt: number;
  /** When the card is next due (epoch ms). */
  due: number;
  /** Absent until the first review. */
  fsrs?: FsrsState;
  /** Every rating given, oldest first. */
  reviews: { at: number; rating: Rating }[];
}

export interface StudyData {
  schema: typeof SCHEMA;
  version: typeof VERSION;
  /** By card id: a card whose question changes keeps its history; one removed from the notes is ignored. */
  cards: Record<string, CardRecord>;
  /** Section key (`/ch05-services#create-service`) to when it was read. */
  read: Record<string, number>;
  /** The last section the reader was in (its heading text, for the home page's "continue" link). */
  last?: { page: string; anchor: string; title?: string; at: number };
}

export type ReadResult =
  { ok: true; data: StudyData } | { ok: false; kind: 'corrupt' | 'foreign' | 'newer'; message: string };

export function emptyData(): StudyData {
  return { schema: SCHEMA, version: VERSION, cards: {}, read: {} };
}

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Migrations from each older version to the next. Version 1 (the first format) kept read sections as a
 * list without dates and had no `updatedAt` on cards.
 */
export const MIGRATIONS: Record<number, (doc: Json) => Json> = {
  1: (doc) => {
    const read: Record<string, number> = {};
    if (Array.isArray(doc.read)) for (const key of doc.read) if (typeof key === 'string') read[key] = 0;
    const cards: Json = {};
    if (isObject(doc.cards)) {
      for (const [id, record] of Object.entries(doc.cards)) {
        if (!isObject(record)) {
          cards[id] = record;
          continue;
        }
        const reviews = Array.isArray(record.reviews) ? record.reviews : [];
        const lastReview = reviews.at(-1) as { at?: unknown } | undefined;
        cards[id] = { ...record, updatedAt: isNumber(lastReview?.at) ? lastReview.at : record.addedAt };
      }
    }
    return { ...doc, version: 2, cards, read };
  },
};

function checkFsrs(value: unknown, where: string): string | undefined {
  if (!isObject(value)) return `${where} is not an object`;
  for (const field of ['stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses']) {
    if (!isNumber(value[field])) return `${where}.${field} is not a number`;
  }
  if (![0, 1, 2, 3].includes(value.state as number)) return `${where}.state is not 0-3`;
  if (value.lastReview !== undefined && !isNumber(value.lastReview)) return `${where}.lastReview is not a number`;
  return undefined;
}

/** The first thing wrong with a card record, or undefined. */
export function checkCardRecord(value: unknown, where: string): string | undefined {
  if (!isObject(value)) return `${where} is not an object`;
  for (const field of ['addedAt', 'updatedAt', 'due']) {
    if (!isNumber(value[field])) return `${where}.${field} is not a number`;
  }
  if (value.fsrs !== undefined) {
    const problem = checkFsrs(value.fsrs, `${where}.fsrs`);
    if (problem) return problem;
  }
  if (!Array.isArray(value.reviews)) return `${where}.reviews is not a list`;
  for (const [index, review] of value.reviews.entries()) {
    if (!isObject(review) || !isNumber(review.at) || ![1, 2, 3, 4].includes(review.rating as number)) {
      return `${where}.reviews[${index}] is not a rating with a date`;
    }
  }
  return undefined;
}

/** The first thing wrong with a current-version document, or undefined. */
function checkData(doc: Json): string | undefined {
  if (!isObject(doc.cards)) return 'cards is not an object';
  for (const [id, record] of Object.entries(doc.cards)) {
    const problem = checkCardRecord(record, `cards["${id}"]`);
    if (problem) return problem;
  }
  if (!isObject(doc.read)) return 'read is not an object';
  for (const [key, at] of Object.entries(doc.read)) if (!isNumber(at)) return `read["${key}"] is not a date`;
  if (doc.last !== undefined) {
    const last = doc.last;
    const badTitle = last !== null && isObject(last) && last.title !== undefined && typeof last.title !== 'string';
    if (
      !isObject(last) ||
      typeof last.page !== 'string' ||
      typeof last.anchor !== 'string' ||
      !isNumber(last.at) ||
      badTitle
    ) {
      return 'last is not a page, an anchor and a date';
    }
  }
  return undefined;
}

/** Reads a document (from storage or from an imported file): migrated to the current version, or why not. */
export function readData(text: string): ReadResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'corrupt', message: `It is not valid JSON (${(error as Error).message}).` };
  }
  if (!isObject(doc) || doc.schema !== SCHEMA) {
    return { ok: false, kind: 'foreign', message: 'It is not study data from this site.' };
  }
  const version = doc.version;
  if (!Number.isInteger(version) || (version as number) < 1) {
    return { ok: false, kind: 'corrupt', message: `Its schema version (${String(version)}) is not a version number.` };
  }
  if ((version as number) > VERSION) {
    return {
      ok: false,
      kind: 'newer',
      message: `It was saved by a newer version of this site (schema ${String(version)}; this page reads up to ${VERSION}). Reload the site to update it, then try again.`,
    };
  }
  let migrated: Json = doc;
  for (let from = version as number; from < VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) return { ok: false, kind: 'corrupt', message: `No migration from schema version ${from}.` };
    migrated = step(migrated);
  }
  const problem = checkData(migrated);
  if (problem) return { ok: false, kind: 'corrupt', message: `Its content is damaged: ${problem}.` };
  const data: StudyData = {
    schema: SCHEMA,
    version: VERSION,
    cards: migrated.cards as StudyData['cards'],
    read: migrated.read as StudyData['read'],
  };
  if (migrated.last) data.last = migrated.last as StudyData['last'];
  return { ok: true, data };
}

/** Adds cards to the reviews, due now; cards already there keep their schedule. */
export function addCards(data: StudyData, ids: string[], now: number): StudyData {
  const fresh = ids.filter((id) => !data.cards[id]);
  if (fresh.length === 0) return data;
  const cards = { ...data.cards };
  for (const id of fresh) cards[id] = { addedAt: now, updatedAt: now, due: now, reviews: [] };
  return { ...data, cards };
}

/** Marks sections read (keeps the first date a section was read). */
export function markRead(data: StudyData, keys: string[], now: number): StudyData {
  const fresh = keys.filter((key) => data.read[key] === undefined);
  if (fresh.length === 0) return data;
  const read = { ...data.read };
  for (const key of fresh) read[key] = now;
  return { ...data, read };
}

export function setLast(data: StudyData, page: string, anchor: string, now: number, title?: string): StudyData {
  if (data.last?.page === page && data.last.anchor === anchor) return data;
  return { ...data, last: title === undefined ? { page, anchor, at: now } : { page, anchor, title, at: now } };
}

export function serialize(data: StudyData): string {
  return JSON.stringify(data);
}
