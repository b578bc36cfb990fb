import { describe, expect, test } from 'vitest';
import { addCards, emptyData } from '../data';
import { recordReview } from '../review';
import { formatInterval, previewIntervals, rate } from '../scheduler';

const NOW = Date.UTC(2026, 0, 1, 9, 0, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('scheduler (ts-fsrs, fixed clock, no fuzz)', () => {
  test('a new card: Again in 1 minute, Hard in 6, Good in 10 (the learning steps), Easy in days', () => {
    const intervals = previewIntervals(undefined, NOW);
    expect(intervals[1]).toBe(1 * MINUTE);
    expect(intervals[2]).toBe(6 * MINUTE);
    expect(intervals[3]).toBe(10 * MINUTE);
    expect(intervals[4]).toBeGreaterThanOrEqual(DAY);
  });

  test('rating Good twice moves a card out of learning to a due date days ahead; Again brings it back soon', () => {
    let data = addCards(emptyData(), ['c'], NOW);
    const first = rate(data.cards.c, 3, NOW);
    expect(first.due).toBe(NOW + 10 * MINUTE);
    data = recordReview(data, 'c', 3, first, NOW);
    const later = NOW + 10 * MINUTE;
    const second = rate(data.cards.c, 3, later);
    expect(second.due - later).toBeGreaterThanOrEqual(DAY);
    expect(second.fsrs.state).toBe(2); // Review
    data = recordReview(data, 'c', 3, second, later);
    const lapse = rate(data.cards.c, 1, second.due);
    expect(lapse.fsrs.lapses).toBe(1);
    expect(lapse.due - second.due).toBeLessThan(DAY);
  });

  test('the same state and time always give the same schedule', () => {
    expect(rate(undefined, 4, NOW)).toEqual(rate(undefined, 4, NOW));
  });

  test('intervals read as short labels', () => {
    expect(formatInterval(30_000)).toBe('<1m');
    expect(formatInterval(10 * MINUTE)).toBe('10m');
    expect(formatInterval(5 * 60 * MINUTE)).toBe('5h');
    expect(formatInterval(4 * DAY)).toBe('4d');
    expect(formatInterval(60 * DAY)).toBe('2mo');
    expect(formatInterval(547 * DAY)).toBe('1.5y');
  });
});
