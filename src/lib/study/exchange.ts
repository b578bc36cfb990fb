/**
 * Moving the reader's data between browsers (only /study loads this): merging an imported document into the
 * stored one, and saving what is readable of a damaged one. Pure.
 */
import { checkCardRecord, emptyData, SCHEMA, VERSION, type CardRecord, type StudyData } from './data';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * What can still be read from a damaged document: the card records and read sections that pass the checks.
 * Undefined when nothing is readable (not JSON at all, or not ours).
 */
export function salvage(text: string): StudyData | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(doc) || doc.schema !== SCHEMA) return undefined;
  const data = emptyData();
  if (isObject(doc.cards)) {
    for (const [id, record] of Object.entries(doc.cards)) {
      if (!checkCardRecord(record, id)) data.cards[id] = record as CardRecord;
    }
  }
  if (isObject(doc.read)) for (const [key, at] of Object.entries(doc.read)) if (isNumber(at)) data.read[key] = at;
  return data;
}

function newer(a: CardRecord, b: CardRecord): CardRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return b.reviews.length > a.reviews.length ? b : a;
}

/** Both documents in one: per card the newer record, every read section (earliest date), the latest position. */
export function mergeData(a: StudyData, b: StudyData): StudyData {
  const cards: Record<string, CardRecord> = { ...a.cards };
  for (const [id, record] of Object.entries(b.cards)) {
    const mine = cards[id];
    cards[id] = mine ? newer(mine, record) : record;
  }
  const read: Record<string, number> = { ...a.read };
  for (const [key, at] of Object.entries(b.read)) read[key] = Math.min(read[key] ?? at, at);
  const merged: StudyData = { schema: SCHEMA, version: VERSION, cards, read };
  const last = [a.last, b.last].filter((entry) => entry !== undefined).sort((x, y) => y.at - x.at)[0];
  if (last) merged.last = last;
  return merged;
}
