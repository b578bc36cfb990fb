/** Reviews (only /study loads this): recording a rating, and which cards are due. Pure. */
import type { CardRecord, FsrsState, Rating, StudyData } from './data';

/** Records a rating with the schedule the scheduler computed. */
export function recordReview(
  data: StudyData,
  id: string,
  rating: Rating,
  next: { due: number; fsrs: FsrsState },
  now: number,
): StudyData {
  const current = data.cards[id] ?? { addedAt: now, updatedAt: now, due: now, reviews: [] };
  const record: CardRecord = {
    ...current,
    updatedAt: now,
    due: next.due,
    fsrs: next.fsrs,
    reviews: [...current.reviews, { at: now, rating }],
  };
  return { ...data, cards: { ...data.cards, [id]: record } };
}

/**
 * Ids of the cards due at `now`, earliest first, among `known` (the cards the notes still have: a card
 * removed from the content is skipped, its record kept in case it comes back).
 */
export function dueIds(data: StudyData, known: Iterable<string>, now: number): string[] {
  const ids: string[] = [];
  for (const id of known) {
    const record = data.cards[id];
    if (record && record.due <= now) ids.push(id);
  }
  return ids.sort((a, b) => (data.cards[a]?.due ?? 0) - (data.cards[b]?.due ?? 0) || a.localeCompare(b));
}
