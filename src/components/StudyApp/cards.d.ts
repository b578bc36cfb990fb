/** The cards of the notes, written by src/plugins/cards at build time (imported only by /study). */
declare module '@generated/kia-cards/default/cards.json' {
  import type { StudyCard } from '@site/src/lib/study/chapters';

  const cards: StudyCard[];
  export default cards;
}
