/**
 * The code block lines written as an HTML string (../codeLinesHtml.ts) carry the markup Docusaurus'
 * CodeBlock/Line renders: one div.token-line per line ending in <br>, one span per token with its
 * classes and style, line-number cells when asked for, text escaped.
 */
import { describe, expect, test } from 'vitest';
import type { LineInputProps, LineOutputProps, TokenInputProps, TokenOutputProps } from 'prism-react-renderer';
import { linesToHtml, styleToCss } from '../codeLinesHtml';

const getLineProps = ({ className, line: _line, ...rest }: LineInputProps): LineOutputProps => ({
  ...rest,
  className: ['token-line', className].filter(Boolean).join(' '),
  style: { color: 'light-dark(#111, #eee)' },
});
const getTokenProps = ({ token, ...rest }: TokenInputProps): TokenOutputProps => ({
  ...rest,
  className: ['token', ...token.types].join(' '),
  children: token.content,
  style: token.types.includes('keyword') ? { color: '#00f', fontStyle: 'italic' } : undefined,
});

describe('linesToHtml', () => {
  test('one line per div, tokens as spans, escaped text, a <br> per line', () => {
    const html = linesToHtml(
      [
        [
          { types: ['keyword'], content: 'if' },
          { types: ['plain'], content: ' a < b && "c"' },
        ],
        [{ types: ['plain'], content: '\n', empty: true }],
      ],
      { getLineProps, getTokenProps },
    );
    expect(html).toBe(
      '<div class="token-line" style="color:light-dark(#111, #eee)">' +
        '<span class="token keyword" style="color:#00f;font-style:italic">if</span>' +
        '<span class="token plain"> a &lt; b &amp;&amp; &quot;c&quot;</span><br></div>' +
        // A line that is only a newline renders empty: its <br> makes the line (as Docusaurus' Line).
        '<div class="token-line" style="color:light-dark(#111, #eee)"><span class="token plain"></span><br></div>',
    );
  });

  test('line numbers and highlighted lines get the classes of the Line module', () => {
    const html = linesToHtml([[{ types: ['plain'], content: 'x' }], [{ types: ['plain'], content: 'y' }]], {
      getLineProps,
      getTokenProps,
      lineClassNames: { 1: ['theme-code-block-highlighted-line'] },
      lineNumbers: { line: 'codeLine_a', number: 'codeLineNumber_b', content: 'codeLineContent_c' },
    });
    expect(html).toBe(
      '<div class="token-line codeLine_a" style="color:light-dark(#111, #eee)"><span class="codeLineNumber_b"></span>' +
        '<span class="codeLineContent_c"><span class="token plain">x</span></span><br></div>' +
        '<div class="token-line theme-code-block-highlighted-line codeLine_a" style="color:light-dark(#111, #eee)">' +
        '<span class="codeLineNumber_b"></span><span class="codeLineContent_c"><span class="token plain">y</span></span><br></div>',
    );
  });

  test('styles serialise as React does', () => {
    expect(styleToCss({ backgroundColor: '#fff', display: 'inline-block', color: undefined })).toBe(
      'background-color:#fff;display:inline-block',
    );
    expect(styleToCss(undefined)).toBe('');
  });
});
