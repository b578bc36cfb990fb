import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { addCards, emptyData, markRead, readData, serialize, setLast, type StudyData } from '../data';
import { mergeData, salvage } from '../exchange';
import { dueIds, recordReview } from '../review';
import { T0, fsrs } from './fixtures/schedule';

const HOUR = 3_600_000;

function must(text: string): StudyData {
  const result = readData(text);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe('readData', () => {
  test('migrates a version 1 document: read list becomes dated entries, cards get updatedAt', () => {
    const data = must(fs.readFileSync(path.join(__dirname, 'fixtures/v1.json'), 'utf8'));
    expect(data.version).toBe(2);
    expect(data.read).toEqual({ '/ch05-services#service-endpoints': 0, '/ch06-volumes#persistent-storage': 0 });
    expect(data.cards['ch05-endpoints-route']?.updatedAt).toBe(1767226200000);
    expect(data.cards['ch06-rwo']?.updatedAt).toBe(1767225600000);
  });

  test('a current document reads back as written', () => {
    const data = setLast(markRead(addCards(emptyData(), ['a', 'b'], T0), ['/p#x'], T0), '/p', 'x', T0);
    expect(must(serialize(data))).toEqual(data);
  });

  test('corrupt JSON, a foreign file, a newer schema and damaged fields each get their own message', () => {
    expect(readData('{"schema": "kia-study-notes", ')).toMatchObject({ ok: false, kind: 'corrupt' });
    expect(readData('{"name": "my-package", "version": "1.0.0"}')).toEqual({
      ok: false,
      kind: 'foreign',
      message: 'It is not study data from this site.',
    });
    expect(readData('[1, 2]')).toMatchObject({ ok: false, kind: 'foreign' });
    const newer = readData('{"schema": "kia-study-notes", "version": 3, "cards": {}, "read": {}}');
    expect(newer).toMatchObject({ ok: false, kind: 'newer' });
    expect(newer.ok ? '' : newer.message).toContain('schema 3; this page reads up to 2');
    const damaged = readData(
      '{"schema": "kia-study-notes", "version": 2, "cards": {"x": {"addedAt": 1, "updatedAt": 1, "due": "soon", "reviews": []}}, "read": {}}',
    );
    expect(damaged).toEqual({
      ok: false,
      kind: 'corrupt',
      message: 'Its content is damaged: cards["x"].due is not a number.',
    });
    expect(readData('{"schema": "kia-study-notes", "version": 0}')).toMatchObject({ ok: false, kind: 'corrupt' });
  });

  test('salvage keeps the card records that are intact', () => {
    const text =
      '{"schema": "kia-study-notes", "version": 2, "cards": {"good": {"addedAt": 1, "updatedAt": 1, "due": 5, "reviews": []}, "bad": 7}, "read": {"/p#a": 3, "/p#b": "x"}}';
    expect(salvage(text)).toEqual({
      schema: 'kia-study-notes',
      version: 2,
      cards: { good: { addedAt: 1, updatedAt: 1, due: 5, reviews: [] } },
      read: { '/p#a': 3 },
    });
    expect(salvage('not json')).toBeUndefined();
  });
});

describe('mergeData', () => {
  test('per card the newer review wins; read sections and the latest position are combined', () => {
    const base = addCards(emptyData(), ['a', 'b'], T0);
    const here = setLast(
      markRead(recordReview(base, 'a', 3, { due: T0 + 72 * HOUR, fsrs }, T0 + HOUR), ['/p#1'], T0 + HOUR),
      '/p',
      '1',
      T0 + HOUR,
    );
    const there = setLast(
      markRead(
        recordReview(
          recordReview(base, 'a', 1, { due: T0 + 2 * HOUR, fsrs }, T0 + 2 * HOUR),
          'b',
          4,
          { due: T0 + 240 * HOUR, fsrs },
          T0 + 2 * HOUR,
        ),
        ['/p#1', '/q#2'],
        T0 + 3 * HOUR,
      ),
      '/q',
      '2',
      T0 + 3 * HOUR,
    );
    const merged = mergeData(here, there);
    expect(merged.cards.a?.reviews).toEqual([{ at: T0 + 2 * HOUR, rating: 1 }]);
    expect(merged.cards.a?.due).toBe(T0 + 2 * HOUR);
    expect(merged.cards.b?.due).toBe(T0 + 240 * HOUR);
    expect(merged.read).toEqual({ '/p#1': T0 + HOUR, '/q#2': T0 + 3 * HOUR });
    expect(merged.last).toEqual({ page: '/q', anchor: '2', at: T0 + 3 * HOUR });
    // Same result whichever side merges into which.
    expect(mergeData(there, here)).toEqual(merged);
  });

  test('a card only one side has is kept', () => {
    const merged = mergeData(addCards(emptyData(), ['a'], T0), addCards(emptyData(), ['b'], T0));
    expect(Object.keys(merged.cards).sort()).toEqual(['a', 'b']);
  });
});

describe('due cards', () => {
  test('due at or before now, earliest first; cards no longer in the notes are skipped, not dropped', () => {
    let data = addCards(emptyData(), ['a', 'b', 'gone'], T0);
    data = recordReview(data, 'a', 3, { due: T0 + 10 * HOUR, fsrs }, T0);
    expect(dueIds(data, ['a', 'b'], T0)).toEqual(['b']);
    expect(dueIds(data, ['a', 'b'], T0 + 10 * HOUR)).toEqual(['b', 'a']);
    expect(data.cards.gone).toBeDefined();
    expect(dueIds(data, ['a', 'b', 'new'], T0 + 10 * HOUR)).not.toContain('new');
  });

  test('adding a card twice keeps its schedule and history', () => {
    const reviewed = recordReview(addCards(emptyData(), ['a'], T0), 'a', 3, { due: T0 + HOUR, fsrs }, T0);
    expect(addCards(reviewed, ['a'], T0 + 5 * HOUR)).toBe(reviewed);
  });
});
