/** Marked words in a code block's line markup: one element per word, the code's text unchanged. */
import { describe, expect, test } from 'vitest';
import { linesHtml, type WordMark } from '../lines';

const mark = (start: number, end: number, id: number): WordMark => ({
  start,
  end,
  open: `a href="#kx${id}"`,
  close: 'a',
});

describe('linesHtml with word marks', () => {
  test('a word that is one token takes its classes; a word across tokens wraps them; plain words get an element', () => {
    const lines = [
      [
        { types: ['plain'], content: 'k get ' },
        { types: ['parameter', 'variable'], content: '--replicas' },
        { types: ['operator'], content: '=' },
        { types: ['plain'], content: '3 ' },
        { types: ['parameter', 'variable'], content: '-o' },
      ],
      [{ types: ['plain'], content: 'k get pods' }],
    ];
    const html = linesHtml(lines, [mark(0, 1, 1), mark(2, 5, 2), mark(6, 18, 3), mark(19, 21, 4), mark(22, 23, 1)]);
    expect(html).toBe(
      '<span class="code-line"><a href="#kx1">k</a> <a href="#kx2">get</a> ' +
        '<a href="#kx3"><span class="token parameter variable">--replicas</span><span class="token operator">=</span>3</a> ' +
        '<a href="#kx4" class="token parameter variable">-o</a></span>\n' +
        '<span class="code-line"><a href="#kx1">k</a> get pods</span>',
    );
    expect(html.replace(/<[^>]+>/g, '')).toBe('k get --replicas=3 -o\nk get pods');
  });
});
