/**
 * Finds the commands a page runs: every command line of its shell code blocks (`bash`, `sh`, `shell`,
 * `console`...) and every inline code span that starts with a command-line tool, with the source line of
 * each (docs.ts turns lines into section anchors). Pages are parsed by `mdast.ts` as Docusaurus parses
 * them, so fences inside lists, inline code, MDX comments and `:::changed` admonitions are found exactly as
 * the page renders them.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents, Root } from 'mdast';
import { blankFrontMatter, codeBlocks, parsePage } from '../mdast';
import { classifyCommand, stripKeywords } from './classify';
import { splitShellLine } from './shellWords';

export interface CommandUse {
  /** What a reader runs: continuation lines joined, the `k` alias written out, prompt and trailing `&` removed. */
  command: string;
  /** The command as the page writes it (continuation lines joined with a space). */
  text: string;
  /** `kubectl`, or the first word of another command (`minikube`, `openssl`, `curl`, `sudo`...); `shell` for
   * variable assignments and `export`. */
  tool: string;
  /** 1-based line of the Markdown source where the command starts. */
  line: number;
  /** In a code block, or an inline code span in running text. */
  where: 'block' | 'inline';
  /** Inside a `:::changed` admonition: the notes' original form, shown as history and not meant to run. */
  history: boolean;
  /** Written with the notes' `k` alias. */
  alias: boolean;
}

export interface ExtractOptions {
  /** The page's MDX tree when the content model already parsed it (src/lib/content): not parsed again. */
  tree?: Root;
  /** Parse as MDX (default) or as plain Markdown (`.md`). */
  mdx?: boolean;
}

/** Code block languages whose lines are commands. `console` blocks mark commands with a `$ ` prompt. */
const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'zsh']);
const CONSOLE_LANGUAGES = new Set(['console', 'shell-session', 'terminal']);
/** The admonition whose commands are the notes' original form (history), not ones to run today. */
const HISTORY_ADMONITION = 'changed';

interface LogicalLine {
  text: string;
  line: number;
}

/** Joins `\` continuations, skips comments, blank lines and heredoc bodies; console blocks keep `$ ` lines. */
function logicalLines(value: string, firstLine: number, consoleBlock: boolean): LogicalLine[] {
  const result: LogicalLine[] = [];
  let pending: LogicalLine | null = null;
  let heredoc: string | null = null;
  value.split('\n').forEach((raw, index) => {
    if (heredoc !== null) {
      if (raw.trim() === heredoc) heredoc = null;
      return;
    }
    let text = raw;
    if (pending === null) {
      if (consoleBlock) {
        const prompt = /^\s*[$%]\s+/.exec(text);
        if (!prompt) return; // output
        text = text.slice(prompt[0].length);
      }
      if (/^\s*(#|$)/.test(text)) return;
    } else if (consoleBlock) {
      text = text.replace(/^\s*>\s?/, '');
    }
    const continued = /\\\s*$/.test(text);
    const body = text.replace(/\\\s*$/, '').trim();
    pending = pending
      ? { text: `${pending.text} ${body}`.trim(), line: pending.line }
      : { text: body, line: firstLine + index };
    if (continued) return;
    const heredocMatch = /<<-?\s*['"]?([A-Za-z_]\w*)['"]?/.exec(pending.text);
    if (heredocMatch) heredoc = heredocMatch[1] ?? null;
    result.push(pending);
    pending = null;
  });
  if (pending) result.push(pending);
  return result;
}

function commandsOfLine(
  text: string,
  line: number,
  where: 'block' | 'inline',
  history: boolean,
  into: CommandUse[],
  nestedIn = false,
): void {
  for (const segment of splitShellLine(text)) {
    const classified = classifyCommand(segment.text, where);
    // Inside `$(...)` only kubectl is worth indexing: `TOKEN=$(kubectl create token foo)` runs kubectl, while
    // `$(cat file)` is plumbing of the command around it.
    if (classified && (!nestedIn || classified.tool === 'kubectl')) {
      into.push({
        command: classified.command,
        text: stripKeywords(segment.text),
        tool: classified.tool,
        line,
        where,
        history,
        alias: classified.alias,
      });
    }
    for (const inner of segment.nested) commandsOfLine(inner, line, where, history, into, true);
  }
}

/** Plain Markdown (`.md`) is parsed like `mdast.ts` parses MDX, without the MDX syntax. */
function parseMarkdown(source: string): Root {
  return unified().use(remarkParse).use(remarkDirective).use(remarkGfm).parse(blankFrontMatter(source));
}

/** Inline code spans with their line and whether a `:::changed` admonition holds them. */
function inlineCodes(tree: Root): { value: string; line: number; history: boolean }[] {
  const found: { value: string; line: number; history: boolean }[] = [];
  const walk = (node: Nodes, history: boolean) => {
    if (node.type === 'inlineCode') {
      found.push({ value: node.value, line: node.position?.start.line ?? 1, history });
      return;
    }
    const inside = history || (node.type === 'containerDirective' && node.name === HISTORY_ADMONITION);
    if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes, inside);
  };
  walk(tree, false);
  return found;
}

/** Every command of a page, in source order. */
export function extractCommands(source: string, options: ExtractOptions = {}): CommandUse[] {
  const tree = options.tree ?? ((options.mdx ?? true) ? parsePage(source) : parseMarkdown(source));
  const uses: CommandUse[] = [];
  for (const block of codeBlocks(tree)) {
    const lang = block.lang.toLowerCase();
    const consoleBlock = CONSOLE_LANGUAGES.has(lang);
    if (!SHELL_LANGUAGES.has(lang) && !consoleBlock) continue;
    const history = block.admonitions.includes(HISTORY_ADMONITION);
    for (const logical of logicalLines(block.value, block.line + 1, consoleBlock)) {
      commandsOfLine(logical.text, logical.line, 'block', history, uses);
    }
  }
  for (const inline of inlineCodes(tree)) {
    commandsOfLine(inline.value.trim().replace(/^\$\s+/, ''), inline.line, 'inline', inline.history, uses);
  }
  return uses.sort((a, b) => a.line - b.line);
}
