import { describe, expect, test } from 'vitest';
import type { PrismTheme } from 'prism-react-renderer';
import { highlightHtml } from '../../build/highlight';
import { codeColorsCss } from '../css';
import { plainLinesHtml } from '../lines';

describe('build-time highlighting', () => {
  test('YAML: one span per line, token classes, text escaped, lines joined by newlines', () => {
    expect(highlightHtml('kind: Pod\nname: "a<b"', 'yaml')).toBe(
      '<span class="code-line"><span class="token key atrule">kind</span><span class="token punctuation">:</span> Pod</span>\n' +
        '<span class="code-line"><span class="token key atrule">name</span><span class="token punctuation">:</span> ' +
        '<span class="token string">&quot;a&lt;b&quot;</span></span>',
    );
  });

  test('bash is highlighted (a grammar loaded from prismjs), `sh` is its alias', () => {
    const html = highlightHtml('echo $HOME # home', 'sh');
    expect(html).toContain('<span class="token builtin class-name">echo</span>');
    expect(html).toContain('<span class="token comment"># home</span>');
  });

  test('text and unknown languages stay plain, with the same line markup', () => {
    expect(highlightHtml('a < b\n\nc', 'text')).toBe(
      '<span class="code-line">a &lt; b</span>\n<span class="code-line"></span>\n<span class="code-line">c</span>',
    );
    expect(highlightHtml('x', 'no-such-language')).toBe(plainLinesHtml('x'));
  });

  test('colours: light as the base, dark on screen only, language-scoped entries scoped to the language', () => {
    const light: PrismTheme = {
      plain: { color: '#111111', backgroundColor: '#fafafa' },
      styles: [
        { types: ['comment', 'prolog'], style: { color: '#666666', fontStyle: 'italic' } },
        { types: ['key'], languages: ['yaml'], style: { color: '#0000aa' } },
      ],
    };
    const dark: PrismTheme = { plain: { color: '#eeeeee', backgroundColor: '#1e1e1e' }, styles: [] };
    expect(codeColorsCss(light, dark).split('\n').slice(1, 7)).toEqual([
      '.kia-code{--code-color:#111111;--code-background:#fafafa}',
      '.kia-code .token.comment,.kia-code .token.prolog{color:#666666;font-style:italic}',
      '.kia-code.language-yaml .token.key{color:#0000aa}',
      '@media screen {',
      "html[data-theme='dark'] .kia-code{--code-color:#eeeeee;--code-background:#1e1e1e}",
      "html[data-theme='dark'] .kia-code .token{color:inherit;font-style:normal}",
    ]);
  });
});
