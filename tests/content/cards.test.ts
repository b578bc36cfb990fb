/**
 * Self-check cards: every chapter has enough of them, every id is unique, and every card sits under a heading
 * of its own chapter (so /study can link to the section it tests and reading that section brings it into review).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPages } from '../../src/lib/build/content';
import { extractCards } from '../../src/lib/build/cards';

const chapters = loadPages(path.resolve('docs')).filter((doc) => /^ch\d{2}-/.test(doc.relativePath));
const perChapter = chapters.map((doc) => ({
  doc,
  ...extractCards(doc.tree, { permalink: doc.permalink, file: `docs/${doc.relativePath}` }),
}));

describe('self-check cards', () => {
  test('the notes have the nine chapters 4 to 12', () => {
    expect(chapters.map((doc) => doc.relativePath.slice(0, 4))).toEqual([
      'ch04',
      'ch05',
      'ch06',
      'ch07',
      'ch08',
      'ch09',
      'ch10',
      'ch11',
      'ch12',
    ]);
  });

  test.each(perChapter.map((entry) => [entry.doc.relativePath, entry] as const))(
    'docs/%s has at least 8 well-formed cards, each under one of its headings',
    (_, { doc, cards, problems }) => {
      expect(problems).toEqual([]);
      expect(cards.length).toBeGreaterThanOrEqual(8);
      const anchors = new Set(doc.sections.map((section) => section.anchor));
      const misplaced = cards.filter((card) => card.anchor === '' || !anchors.has(card.anchor));
      expect(misplaced.map((card) => `${card.id} (line ${card.line})`)).toEqual([]);
      // Ids name their chapter, so an id says where a card lives.
      const prefix = doc.relativePath.slice(0, 4);
      expect(cards.filter((card) => !card.id.startsWith(`${prefix}-`)).map((card) => card.id)).toEqual([]);
    },
  );

  test('every card id is unique across the notes', () => {
    const ids = perChapter.flatMap((entry) => entry.cards.map((card) => card.id));
    expect(ids.length).toBeGreaterThanOrEqual(72);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
