import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePage } from '../mdast';
import { duplicateIds, extractCards, formatProblems } from '../build/cards';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures/cards', name), 'utf8');
const good = { permalink: '/ch99-sample', file: 'docs/good.mdx' };
const bad = { permalink: '/ch99-bad', file: 'docs/bad.mdx' };

describe('extractCards', () => {
  test('finds each card with its question, plain-text answer, section anchor and source line', () => {
    const { cards, problems } = extractCards(parsePage(fixture('good.mdx')), good);
    expect(problems).toEqual([]);
    expect(cards).toEqual([
      {
        id: 'ch99-first',
        question: 'What does a Service give its pods?',
        answer: 'One stable address and name.',
        page: '/ch99-sample',
        anchor: 'create-service',
        section: 'Create service',
        line: 14,
      },
      {
        id: 'ch99-second',
        question: 'Which command lists it?',
        answer: 'Run kubectl get service.',
        page: '/ch99-sample',
        anchor: 'create-service',
        section: 'Create service',
        line: 18,
      },
      {
        id: 'ch99-third',
        question: 'Does a failed readiness probe restart the container?',
        answer: 'No: the pod leaves the endpoints.',
        page: '/ch99-sample',
        anchor: 'readiness-probes',
        section: 'Readiness probes',
        line: 28,
      },
    ]);
  });

  test('reports a missing id, a malformed id, an empty answer and a card inside a paragraph with their lines', () => {
    const { cards, problems } = extractCards(parsePage(fixture('bad.mdx')), bad);
    expect(problems).toEqual([
      { file: 'docs/bad.mdx', line: 11, message: '<Card> has no id (add id="chNN-topic")' },
      { file: 'docs/bad.mdx', line: 17, message: '<Card> id "Bad_Id" must be lowercase words joined by dashes' },
      { file: 'docs/bad.mdx', line: 21, message: '<Card id="ch99-noanswer"> has no answer' },
      {
        file: 'docs/bad.mdx',
        line: 27,
        message:
          '<Card id="ch99-inline"> must stand on its own lines (tag, answer, closing tag), not inside a paragraph',
      },
    ]);
    // A card before the first heading is kept, with no section: the content test rejects it.
    expect(cards.map((card) => [card.id, card.anchor])).toEqual([
      ['ch99-before', ''],
      ['ch99-first', 'section'],
    ]);
  });

  test('a repeated id across pages is reported at the second place, naming the first', () => {
    const all = [
      ...extractCards(parsePage(fixture('good.mdx')), good).cards,
      ...extractCards(parsePage(fixture('bad.mdx')), bad).cards,
    ];
    const files: Record<string, string> = { '/ch99-sample': 'docs/good.mdx', '/ch99-bad': 'docs/bad.mdx' };
    const problems = duplicateIds(all, (page) => files[page] ?? page);
    expect(formatProblems(problems)).toBe(
      'docs/bad.mdx:23: duplicate card id "ch99-first" (first used at docs/good.mdx:14)',
    );
  });
});
