/**
 * Self-check cards are content: `<Card id="ch05-headless-dns" question="...">short answer</Card>` in a
 * chapter page. This module finds them in a page's mdast (parsed by src/lib/mdast.ts) with the section
 * each one sits in, and checks the ids across pages. Pure: the cards plugin and the content test call it.
 */
import type { Heading, Nodes, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createSlugger } from '@docusaurus/utils';
import type { CardEntry } from '../cardEntry';

export type { CardEntry } from '../cardEntry';

export interface PageRef {
  /** Route of the page. */
  permalink: string;
  /** Path shown in errors, e.g. `docs/ch05-services.mdx`. */
  file: string;
}

export interface CardProblem {
  file: string;
  line: number;
  message: string;
}

/** Lowercase words joined by dashes: stable in URLs, storage keys and exported files. */
export const CARD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The parts of an MDX JSX element this module reads (mdast-util-mdx-jsx's shape). */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Nodes[];
  position?: { start: { line: number } };
}

const EXPLICIT_ID = /\s*\{#([^}]+)\}\s*$/;

function attribute(node: JsxElement, name: string): string | undefined | null {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  if (!found) return undefined;
  // `id={...}` (an expression) is not a stable id the build can read.
  return typeof found.value === 'string' ? found.value : null;
}

function asCard(node: Nodes): JsxElement | undefined {
  const element = node as unknown as JsxElement;
  const jsx = element.type === 'mdxJsxFlowElement' || element.type === 'mdxJsxTextElement';
  return jsx && element.name === 'Card' ? element : undefined;
}

/** Cards of one page in document order, and the problems of each (missing id, bad id, empty text). */
export function extractCards(tree: Root, page: PageRef): { cards: CardEntry[]; problems: CardProblem[] } {
  const slugger = createSlugger();
  const cards: CardEntry[] = [];
  const problems: CardProblem[] = [];
  let anchor = '';
  let section = '';
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const raw = toString(heading);
      const explicit = EXPLICIT_ID.exec(raw)?.[1];
      const title = raw.replace(EXPLICIT_ID, '').trim();
      if (heading.depth > 1) {
        anchor = explicit ?? slugger.slug(title);
        section = title;
      }
      return;
    }
    const card = asCard(node);
    if (card) {
      const line = card.position?.start.line ?? 0;
      const problem = (message: string) => problems.push({ file: page.file, line, message });
      const id = attribute(card, 'id');
      const question = attribute(card, 'question');
      const answer = toString(card.children).replace(/\s+/g, ' ').trim();
      const kind = attribute(card, 'kind');
      if (kind !== undefined && kind !== 'command')
        problem(`<Card${id ? ` id="${id}"` : ''}> kind must be "command" or left out`);
      if (id === undefined || id === '') problem('<Card> has no id (add id="chNN-topic")');
      else if (id === null) problem('<Card> id must be a plain string, not an expression');
      else if (!CARD_ID.test(id)) problem(`<Card> id "${id}" must be lowercase words joined by dashes`);
      if (card.type === 'mdxJsxTextElement') {
        problem(
          `<Card${id ? ` id="${id}"` : ''}> must stand on its own lines (tag, answer, closing tag), not inside a paragraph`,
        );
      }
      if (!question) problem(`<Card${id ? ` id="${id}"` : ''}> has no question`);
      if (!answer) problem(`<Card${id ? ` id="${id}"` : ''}> has no answer`);
      if (id && CARD_ID.test(id) && question && answer && card.type === 'mdxJsxFlowElement') {
        cards.push({
          id,
          question: question.trim(),
          answer,
          page: page.permalink,
          anchor,
          section,
          line,
          ...(kind === 'command' ? { command: answer } : {}),
        });
      }
      return;
    }
    if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes);
  };
  walk(tree);
  return { cards, problems };
}

/** A problem per repeated id, naming both places. */
export function duplicateIds(cards: CardEntry[], fileOf: (page: string) => string): CardProblem[] {
  const first = new Map<string, CardEntry>();
  const problems: CardProblem[] = [];
  for (const card of cards) {
    const seen = first.get(card.id);
    if (seen) {
      problems.push({
        file: fileOf(card.page),
        line: card.line,
        message: `duplicate card id "${card.id}" (first used at ${fileOf(seen.page)}:${seen.line})`,
      });
    } else first.set(card.id, card);
  }
  return problems;
}

export function formatProblems(problems: CardProblem[]): string {
  return problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n');
}
