/** The cards of the notes, written by src/plugins/cards at build time (imported only by /study). */
declare module '@generated/kia-cards/default/cards.json' {
  import type { StudyCard } from '@site/src/lib/study/chapters';

  const cards: StudyCard[];
  export default cards;
}

/** The slice of the kubectl model the command cards are checked with (src/plugins/cards). */
declare module '@generated/kia-cards/default/command-model.json' {
  import type { KubectlModel } from '@site/src/lib/kubectl/types';

  const model: KubectlModel;
  export default model;
}
