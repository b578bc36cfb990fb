/**
 * Spaced repetition with ts-fsrs (FSRS, a maintained implementation): given a card's stored state and the
 * time, what each of the four ratings would schedule, and the state after one. Fuzz is off, so the same
 * state and time always give the same interval (tests use a fixed clock). Only /study imports this module.
 */
import { createEmptyCard, fsrs, Rating as FsrsRating, type Card, type Grade } from 'ts-fsrs';
import type { CardRecord, FsrsState, Rating } from './data';

const scheduler = fsrs({ enable_fuzz: false });

const GRADES: Record<Rating, Grade> = {
  1: FsrsRating.Again,
  2: FsrsRating.Hard,
  3: FsrsRating.Good,
  4: FsrsRating.Easy,
};

export const RATING_LABELS: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

function toCard(record: CardRecord | undefined, now: Date): Card {
  const state = record?.fsrs;
  if (!state) return createEmptyCard(now);
  return {
    due: new Date(record.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    ...(state.lastReview === undefined ? {} : { last_review: new Date(state.lastReview) }),
  };
}

function fromCard(card: Card): { due: number; fsrs: FsrsState } {
  const state: FsrsState = {
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) state.lastReview = card.last_review.getTime();
  return { due: card.due.getTime(), fsrs: state };
}

/** The schedule after rating the card at `now`. */
export function rate(record: CardRecord | undefined, rating: Rating, now: number): { due: number; fsrs: FsrsState } {
  const date = new Date(now);
  return fromCard(scheduler.next(toCard(record, date), date, GRADES[rating]).card);
}

/** For each rating, how long until the card would be due again (milliseconds). */
export function previewIntervals(record: CardRecord | undefined, now: number): Record<Rating, number> {
  const date = new Date(now);
  const preview = scheduler.repeat(toCard(record, date), date);
  const interval = (rating: Rating) => preview[GRADES[rating]].card.due.getTime() - now;
  return { 1: interval(1), 2: interval(2), 3: interval(3), 4: interval(4) };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `<1m`, `10m`, `3h`, `4d`, `2mo`, `1.5y`: short enough for a button. */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return '<1m';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)}d`;
  if (ms < 365 * DAY) return `${Math.round(ms / (30 * DAY))}mo`;
  return `${Math.round((ms / (365 * DAY)) * 10) / 10}y`;
}
