/** A self-check card as the build finds it in a page (src/lib/build/cards.ts) and the study pages read it. */
export interface CardEntry {
  id: string;
  question: string;
  /** The answer as plain text (inline code and emphasis reduced to their text). */
  answer: string;
  /** Route of the page, e.g. `/ch05-services`. */
  page: string;
  /** Anchor of the heading the card sits under ('' when it sits before the first heading). */
  anchor: string;
  /** Text of that heading. */
  section: string;
  /** 1-based line of the card in the source file. */
  line: number;
  /** A command card (`kind="command"`): the answer is this command, which the reader types. */
  command?: string;
}
