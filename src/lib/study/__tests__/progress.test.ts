import { describe, expect, test } from 'vitest';
import { addCards, emptyData } from '../data';
import { recordReview } from '../review';
import type { StudyChapter } from '../chapters';
import { chapterProgress, readSections } from '../progress';
import { T0, fsrs } from './fixtures/schedule';

const chapter: StudyChapter = {
  permalink: '/ch05-services',
  label: '5. Services and Ingress',
  sections: ['services', 'create-service', 'readiness-probes'],
  cards: [
    ['ch05-a', 1],
    ['ch05-b', 1],
    ['ch05-c', 2],
  ],
};

describe('reading progress', () => {
  test('reading a section marks it read and brings its cards into review, due now', () => {
    const data = readSections(emptyData(), chapter, ['create-service'], T0);
    expect(data.read).toEqual({ '/ch05-services#create-service': T0 });
    expect(Object.keys(data.cards)).toEqual(['ch05-a', 'ch05-b']);
    expect(chapterProgress(chapter, data, T0)).toEqual({ read: 1, total: 3, due: 2, unseen: 1 });
  });

  test('a reviewed card is not due until its date; cards of other chapters do not count', () => {
    let data = readSections(emptyData(), chapter, ['create-service', 'readiness-probes'], T0);
    data = recordReview(data, 'ch05-a', 3, { due: T0 + 1000, fsrs }, T0);
    data = addCards(data, ['ch06-x'], T0);
    expect(chapterProgress(chapter, data, T0)).toEqual({ read: 2, total: 3, due: 2, unseen: 0 });
    expect(chapterProgress(chapter, data, T0 + 1000)).toEqual({ read: 2, total: 3, due: 3, unseen: 0 });
  });
});
