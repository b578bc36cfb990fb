/**
 * The study data the build hands to the browser: every chapter's sections and the cards under each, small
 * enough for Docusaurus' global data (every page loads it), and the full cards (questions and answers),
 * which only /study loads. Built from the same sources by src/plugins/cards.
 */
import type { CardEntry } from '../cardEntry';

export interface StudyChapter {
  /** Route of the chapter, e.g. `/ch05-services`. */
  permalink: string;
  /** Short name as in the sidebar, e.g. `5. Services and Ingress`. */
  label: string;
  /** Anchors of the chapter's sections (headings `##` to `####`), in page order. */
  sections: string[];
  /** `[card id, index of its section in sections]`, in page order. */
  cards: [string, number][];
}

export interface StudyGlobalData {
  chapters: StudyChapter[];
}

/** A card as /study shows it. */
export type StudyCard = Pick<CardEntry, 'id' | 'question' | 'answer' | 'page' | 'anchor' | 'section' | 'command'>;

/** `/ch05-services#create-service`: the key of a section in the reader's progress. */
export function sectionKey(permalink: string, anchor: string): string {
  return `${permalink}#${anchor}`;
}
