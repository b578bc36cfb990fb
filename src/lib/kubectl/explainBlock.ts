/**
 * The kubectl commands of a code block, explained word by word with offsets into the block's text: which
 * lines are commands (every line of a `bash`/`sh` block but heredoc bodies and comments, `\` continuations
 * joined; only the `$ ` lines of a `console` block), and of those, the lines that run kubectl. Pure; the
 * build marks the words in the highlighted block (src/lib/highlight/lines.ts).
 */
import { explainLine, wordsRunKubectl, type ExplainedWord } from './explain';
import type { KubectlModel } from './types';

const SHELL = new Set(['bash', 'sh', 'shell', 'zsh']);
const CONSOLE = new Set(['console', 'shell-session', 'terminal']);

export interface BlockWord extends ExplainedWord {
  /** The first word of its command line: the line's one stop for the keyboard. */
  first: boolean;
}

/** Whether a code block of this language holds commands. */
export const isShellLanguage = (language: string): boolean =>
  SHELL.has(language.toLowerCase()) || CONSOLE.has(language.toLowerCase());

/** The command lines of a block as [start, end) offsets; a continued line is one range. */
export function commandRanges(code: string, language: string): [number, number][] {
  const lang = language.toLowerCase();
  const consoleBlock = CONSOLE.has(lang);
  if (!consoleBlock && !SHELL.has(lang)) return [];
  const ranges: [number, number][] = [];
  let offset = 0;
  let open: number | undefined;
  let heredoc: string | undefined;
  for (const line of code.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined;
      continue;
    }
    let from = start;
    if (open === undefined) {
      if (consoleBlock) {
        const prompt = /^\s*[$%]\s+/.exec(line);
        if (!prompt) continue;
        from = start + prompt[0].length;
      }
      if (/^\s*(#|$)/.test(code.slice(from, start + line.length))) continue;
      open = from;
    }
    if (/\\\s*$/.test(line) && !consoleBlock) continue;
    const text = code.slice(open, start + line.length);
    const marker = /<<-?\s*['"]?([A-Za-z_]\w*)['"]?/.exec(text);
    if (marker) heredoc = marker[1];
    ranges.push([open, start + line.length]);
    open = undefined;
  }
  if (open !== undefined) ranges.push([open, code.length]);
  return ranges;
}

/** Every word of every line of the block that runs kubectl, explained, with block offsets. */
export function explainBlock(model: KubectlModel, code: string, language: string): BlockWord[] {
  return commandRanges(code, language).flatMap(([start, end]) => {
    const line = code.slice(start, end);
    const explained = explainLine(model, line);
    if (!wordsRunKubectl(explained)) return [];
    // A word across a line break (a quoted newline) cannot be marked inside the block's line markup.
    const words = explained.filter((word) => !line.slice(word.start, word.end).includes('\n'));
    return words.map((word, n) => ({ ...word, start: word.start + start, end: word.end + start, first: n === 0 }));
  });
}
