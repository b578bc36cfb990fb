/**
 * Highlighted lines as an HTML string, the markup Docusaurus' CodeBlock/Line and Line/Token render
 * (see src/theme/CodeBlock/Content): `<div class="token-line ...">` per line, a `<span class="token
 * ...">` per token, a `<br>` at the end of each line, and line-number cells when asked for.
 */
import type { CSSProperties } from 'react';
import type { LineInputProps, LineOutputProps, Token, TokenInputProps, TokenOutputProps } from 'prism-react-renderer';

export interface LinesToHtmlOptions {
  getLineProps: (input: LineInputProps) => LineOutputProps;
  getTokenProps: (input: TokenInputProps) => TokenOutputProps;
  /** Extra classes per line index (magic comments: highlighted lines). */
  lineClassNames?: Record<number, string[] | undefined>;
  /** The Line CSS module's classes, when line numbers are shown. */
  lineNumbers?: { line: string; number: string; content: string };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** React's serialisation of a style object: camelCase to kebab-case, `a:b;c:d`. */
export function styleToCss(style: CSSProperties | undefined): string {
  if (!style) return '';
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

function attributes(className: string | undefined, style: CSSProperties | undefined): string {
  const css = styleToCss(style);
  return `${className ? ` class="${escapeHtml(className)}"` : ''}${css ? ` style="${escapeHtml(css)}"` : ''}`;
}

/** As Docusaurus' Line: a line that is only a newline renders empty (its <br> makes the line). */
function fixLineBreak(line: Token[]): Token[] {
  const only = line.length === 1 && line[0]?.content === '\n' ? line[0] : undefined;
  return only ? [{ ...only, content: '' }] : line;
}

export function linesToHtml(lines: Token[][], options: LinesToHtmlOptions): string {
  const { getLineProps, getTokenProps, lineClassNames = {}, lineNumbers } = options;
  return lines
    .map((rawLine, index) => {
      const line = fixLineBreak(rawLine);
      const classes = [...(lineClassNames[index] ?? []), ...(lineNumbers ? [lineNumbers.line] : [])].join(' ');
      const lineProps = getLineProps({ line, className: classes || undefined });
      const tokens = line
        .map((token) => {
          const props = getTokenProps({ token });
          return `<span${attributes(props.className, props.style)}>${escapeHtml(props.children)}</span>`;
        })
        .join('');
      const body = lineNumbers
        ? `<span class="${lineNumbers.number}"></span><span class="${lineNumbers.content}">${tokens}</span>`
        : tokens;
      return `<div${attributes(lineProps.className, lineProps.style)}>${body}<br></div>`;
    })
    .join('');
}
