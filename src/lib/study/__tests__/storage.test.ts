import { describe, expect, test } from 'vitest';
import { addCards, emptyData, markRead, serialize } from '../data';
import { recordReview } from '../review';
import { readState, replaceStored, STORAGE_KEY, updateStored, type KeyValueStorage } from '../storage';
import { T0, fsrs } from './fixtures/schedule';

function memoryStorage(initial?: string): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  if (initial !== undefined) map.set(STORAGE_KEY, initial);
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('stored study data', () => {
  test('nothing stored reads as empty data', () => {
    expect(readState(memoryStorage())).toEqual({ status: 'ok', data: emptyData() });
  });

  test('two tabs writing in turn keep both reviews: every write starts from what is stored', () => {
    const storage = memoryStorage(serialize(addCards(emptyData(), ['a', 'b'], T0)));
    // Both tabs loaded the same data; tab 1 rates a, then tab 2 rates b from its own (old) copy.
    updateStored(storage, (data) => recordReview(data, 'a', 3, { due: T0 + 1000, fsrs }, T0 + 10));
    updateStored(storage, (data) => recordReview(data, 'b', 1, { due: T0 + 60_000, fsrs }, T0 + 20));
    const state = readState(storage);
    expect(state.status).toBe('ok');
    if (state.status !== 'ok') return;
    expect(state.data.cards.a?.reviews).toEqual([{ at: T0 + 10, rating: 3 }]);
    expect(state.data.cards.b?.reviews).toEqual([{ at: T0 + 20, rating: 1 }]);
  });

  test('damaged data is reported, and writes are refused until it is replaced', () => {
    const storage = memoryStorage('{"schema": "kia-study-notes", "version": 2, "cards": ');
    const state = updateStored(storage, (data) => markRead(data, ['/p#a'], T0));
    expect(state.status).toBe('corrupt');
    expect(state.status === 'corrupt' && state.message).toMatch(
      /^Your saved study data cannot be read\. It is not valid JSON/,
    );
    expect(storage.map.get(STORAGE_KEY)).toBe('{"schema": "kia-study-notes", "version": 2, "cards": ');
    expect(replaceStored(storage, undefined)).toEqual({ status: 'ok', data: emptyData() });
    expect(storage.map.has(STORAGE_KEY)).toBe(false);
  });

  test('a storage that throws (private mode, quota) is reported, never thrown', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readState(broken)).toEqual({
      status: 'unavailable',
      message: 'This browser refused access to stored data (denied).',
    });
    const full = memoryStorage();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(updateStored(full, (data) => markRead(data, ['/p#a'], T0)).status).toBe('unavailable');
  });
});
