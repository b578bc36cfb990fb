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

/** A word of the code marked with an element of its own (an explained command word): offsets into the code. */
export interface WordMark {
  start: number;
  end: number;
  /** The word element's tag and attributes, without the token classes: `a href="#kx3"`. */
  open: string;
  close: string;
}

interface Piece {
  token: LineToken;
  text: string;
  mark?: WordMark;
}

/** A line's tokens cut where marked words start and end, each piece with the word it belongs to. */
function pieces(line: readonly LineToken[], offset: number, marks: readonly WordMark[], from: number): Piece[] {
  const out: Piece[] = [];
  let at = offset;
  let m = from;
  for (const token of line) {
    if (token.empty) continue;
    let pos = 0;
    while (pos < token.content.length) {
      while (m < marks.length && (marks[m]?.end ?? 0) <= at + pos) m += 1;
      const mark = marks[m];
      const inside = mark !== undefined && mark.start <= at + pos;
      const stop = inside ? mark.end - at : mark ? mark.start - at : token.content.length;
      const end = Math.min(token.content.length, stop);
      out.push({ token, text: token.content.slice(pos, end), ...(inside ? { mark } : {}) });
      pos = end;
    }
    at += token.content.length;
  }
  return out;
}

/** A marked word: one element; when the word is exactly one highlighted token, that token's own element. */
function markHtml(mark: WordMark, group: Piece[]): string {
  const [only] = group;
  const types = only?.token.types.filter((type) => type !== 'plain') ?? [];
  if (group.length === 1 && only && types.length > 0) {
    return `<${mark.open} class="token ${types.join(' ')}">${escapeHtml(only.text)}</${mark.close}>`;
  }
  const inner = group.map((piece) => tokenHtml({ ...piece.token, content: piece.text })).join('');
  return `<${mark.open}>${inner}</${mark.close}>`;
}

/** The lines' markup; marked words (sorted, within one line each) get an element of their own. */
export function linesHtml(lines: readonly (readonly LineToken[])[], marks: readonly WordMark[] = []): string {
  let offset = 0;
  return lines
    .map((line) => {
      let html = '';
      if (marks.length === 0) html = line.map(tokenHtml).join('');
      else {
        const cut = pieces(line, offset, marks, 0);
        for (let i = 0; i < cut.length;) {
          const mark = cut[i]?.mark;
          if (!mark) {
            const piece = cut[i] as Piece;
            html += tokenHtml({ ...piece.token, content: piece.text });
            i += 1;
            continue;
          }
          const group: Piece[] = [];
          while (i < cut.length && cut[i]?.mark === mark) group.push(cut[i++] as Piece);
          html += markHtml(mark, group);
        }
      }
      offset += line.reduce((sum, token) => sum + (token.empty ? 0 : token.content.length), 0) + 1;
      return `<span class="code-line">${html}</span>`;
    })
    .join('\n');
}

/** Unhighlighted code in the same markup. */
export function plainLinesHtml(code: string): string {
  return linesHtml(code.split('\n').map((line) => [{ types: ['plain'], content: line }]));
}
