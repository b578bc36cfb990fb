/** What the progress views show, from the chapter list and the reader's data. Pure. */
import { addCards, markRead, type StudyData } from './data';
import { sectionKey, type StudyChapter } from './chapters';

export interface ChapterProgress {
  /** Sections read, of `total`. */
  read: number;
  total: number;
  /** Cards in review that are due at `now`. */
  due: number;
  /** Cards of the chapter not yet in review. */
  unseen: number;
}

export function chapterProgress(chapter: StudyChapter, data: StudyData, now: number): ChapterProgress {
  const read = chapter.sections.filter((anchor) => data.read[sectionKey(chapter.permalink, anchor)] !== undefined);
  let due = 0;
  let unseen = 0;
  for (const [id] of chapter.cards) {
    const record = data.cards[id];
    if (!record) unseen += 1;
    else if (record.due <= now) due += 1;
  }
  return { read: read.length, total: chapter.sections.length, due, unseen };
}

/**
 * Marks sections of a chapter read, and brings the cards under them into review: reading a section is what
 * makes its self-check cards due.
 */
export function readSections(data: StudyData, chapter: StudyChapter, anchors: string[], now: number): StudyData {
  const wanted = new Set(anchors);
  const cards = chapter.cards.filter(([, index]) => wanted.has(chapter.sections[index] ?? '')).map(([id]) => id);
  return addCards(
    markRead(
      data,
      anchors.map((anchor) => sectionKey(chapter.permalink, anchor)),
      now,
    ),
    cards,
    now,
  );
}
