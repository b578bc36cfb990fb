/**
 * The markup of a code block's lines, shared by the build-time highlighter and the code block's
 * plain-text fallback: one `<span class="code-line">` per line, lines joined by "\n" (so the code
 * element's text is exactly the code, for copying), tokens as `<span class="token …">`.
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface LineToken {
  /** Prism's token types, outermost first; `['plain']` for text outside any token. */
  types: string[];
  content: string;
  /** prism-react-renderer's filler for an empty line (content "\n"): the line markup needs none. */
  empty?: boolean;
}

function tokenHtml(token: LineToken): string {
  if (token.empty) return '';
  const text = escapeHtml(token.content);
  if (text === '') return '';
  const types = token.types.filter((type) => type !== 'plain');
  return types.length === 0 ? text : `<span class="token ${types.join(' ')}">${text}</span>`;
}

export function linesHtml(lines: readonly (readonly LineToken[])[]): string {
  return lines.map((line) => `<span class="code-line">${line.map(tokenHtml).join('')}</span>`).join('\n');
}

/** Unhighlighted code in the same markup. */
export function plainLinesHtml(code: string): string {
  return linesHtml(code.split('\n').map((line) => [{ types: ['plain'], content: line }]));
}
