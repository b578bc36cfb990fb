import { describe, expect, test } from 'vitest';
import { BURST_MS, BURST_SETTLE_MS, SETTLE_MS, settleFor } from '../pagefind';

describe('settleFor', () => {
  test('after a pause a query is searched at once', () => {
    expect(settleFor(1000, 400)).toBe(SETTLE_MS);
    expect(settleFor(1000, Number.NEGATIVE_INFINITY)).toBe(SETTLE_MS);
  });

  test('within a burst of keys, or right after Pagefind started, it waits for the next key', () => {
    expect(settleFor(1000, 1000 - BURST_MS / 4)).toBe(BURST_SETTLE_MS);
    expect(settleFor(1000, 0, 1000 - BURST_MS / 4)).toBe(BURST_SETTLE_MS);
    expect(BURST_SETTLE_MS).toBeLessThan(BURST_MS);
  });
});
