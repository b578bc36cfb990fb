/**
 * One shell line cut into its words with where each word is, as the shell would cut it: quotes and
 * backslashes kept in the word as written (and removed from its value), operators (`|`, `&&`, `;`, `$(`...)
 * and redirections as words of their own, a `#` comment as one word. Unlike shell-quote (commands/shellWords),
 * it keeps each word's position, so the explanation of a word can be put on the word in a code block. Pure,
 * one pass, never throws: an unclosed quote runs to the end of the line.
 */

export type LexKind = 'word' | 'op' | 'open' | 'close' | 'redirect' | 'comment';

export interface LexToken {
  kind: LexKind;
  /** Offsets in the line: `line.slice(start, end)` is the word as written. */
  start: number;
  end: number;
  /** The word as the program receives it: quotes and escapes removed (for words; the text itself otherwise). */
  value: string;
}

const SPACE = /[ \t\r\n]/;
/** Characters that end a word when not quoted. */
const BREAK = /[ \t\r\n|&;()<>]/;
const OPERATORS = ['&&', '||', ';;', '|&', '|', ';', '&'];
/** `<pod_name>`: a placeholder the notes write for a value of your own, not a redirection. */
const PLACEHOLDER = /^<[A-Za-z][\w.-]*>/;
const REDIRECT = /^(?:\d*(?:>>|>&\d*-?|&>|>\||>|<<<|<<-?|<&\d*-?|<>|<))/;

/** Cuts a line (continuation lines joined with `\` + newline are one line) into words and operators. */
export function lexShell(line: string): LexToken[] {
  const tokens: LexToken[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const char = line[i] ?? '';
    if (SPACE.test(char)) {
      i += 1;
      continue;
    }
    if (char === '\\' && line[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (char === '#') {
      tokens.push({ kind: 'comment', start: i, end: n, value: line.slice(i) });
      break;
    }
    const rest = line.slice(i, i + 4);
    const redirect = PLACEHOLDER.test(line.slice(i, i + 40)) ? undefined : REDIRECT.exec(rest)?.[0];
    // `2>&1`, `>`, `<<EOF`: digits count only when the operator follows them directly.
    if (redirect) {
      tokens.push({ kind: 'redirect', start: i, end: i + redirect.length, value: redirect });
      i += redirect.length;
      continue;
    }
    if (char === '$' && line[i + 1] === '(') {
      tokens.push({ kind: 'open', start: i, end: i + 2, value: '$(' });
      i += 2;
      continue;
    }
    if (char === '(') {
      tokens.push({ kind: 'open', start: i, end: i + 1, value: '(' });
      i += 1;
      continue;
    }
    if (char === ')') {
      tokens.push({ kind: 'close', start: i, end: i + 1, value: ')' });
      i += 1;
      continue;
    }
    const op = OPERATORS.find((candidate) => line.startsWith(candidate, i));
    if (op) {
      tokens.push({ kind: 'op', start: i, end: i + op.length, value: op });
      i += op.length;
      continue;
    }
    // A word: up to the first unquoted space or operator character.
    const start = i;
    let value = '';
    while (i < n) {
      const c = line[i] ?? '';
      if (c === '\\') {
        if (line[i + 1] === '\n') break;
        value += line[i + 1] ?? '';
        i += 2;
      } else if (c === "'") {
        const close = line.indexOf("'", i + 1);
        const end = close === -1 ? n : close;
        value += line.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        i += 1;
        while (i < n && line[i] !== '"') {
          if (line[i] === '\\' && /["\\$`\n]/.test(line[i + 1] ?? '')) {
            if (line[i + 1] !== '\n') value += line[i + 1] ?? '';
            i += 2;
          } else {
            value += line[i] ?? '';
            i += 1;
          }
        }
        i += 1;
      } else if (c === '$' && line[i + 1] === '(') {
        break; // `NAME=$(...)`: the substitution is read as words of its own
      } else if (c === '$' && line[i + 1] === '{') {
        const close = line.indexOf('}', i);
        const end = close === -1 ? n : close + 1;
        value += line.slice(i, end);
        i = end;
      } else if (c === '<' && PLACEHOLDER.test(line.slice(i, i + 40))) {
        const placeholder = PLACEHOLDER.exec(line.slice(i, i + 40))?.[0] ?? c;
        value += placeholder;
        i += placeholder.length;
      } else if (BREAK.test(c)) {
        break;
      } else {
        value += c;
        i += 1;
      }
    }
    i = Math.min(i, n);
    if (i === start) {
      // A character no rule above takes (cannot happen with the rules as they are): one word of its own.
      i += 1;
      value = line.slice(start, i);
    }
    tokens.push({ kind: 'word', start, end: i, value });
  }
  return tokens;
}
