/** What one shell command is: kubectl (written out or as the notes' `k` alias), another tool, or nothing. */
import { shellWords } from './shellWords';
import { KUBECTL_VERBS } from './verbs';

/** Tools an inline code span may start with to count as a command (prose names many other things in code). */
const INLINE_TOOLS = new Set(['kubectl', 'minikube', 'openssl', 'curl']);

/** Shell words that only structure a line (`while true; do ...; done`): not commands of their own. */
const SHELL_KEYWORDS = new Set(['while', 'until', 'if', 'then', 'do', 'else', 'elif', 'time', '!', '{']);
const NOT_COMMANDS = new Set([
  'exit',
  'for',
  'case',
  'esac',
  'done',
  'fi',
  '}',
  'true',
  'false',
  ':',
  'sleep',
  'cd',
  'clear',
]);

export interface Classified {
  tool: string;
  command: string;
  alias: boolean;
}

/** The command without the shell keywords that may precede it (`do kubectl get pods` -> `kubectl get pods`). */
export function stripKeywords(text: string): string {
  let rest = text.trim();
  for (;;) {
    const match = /^(\S+)\s*/.exec(rest);
    if (!match || !SHELL_KEYWORDS.has(match[1] ?? '')) return rest;
    rest = rest.slice(match[0].length);
  }
}

/** The kubectl verb of a word list starting with `kubectl` or `k`: its first word that is not a flag. */
const verbOf = (words: string[]) => words.slice(1).find((word) => !word.startsWith('-'));

/** Decides what a command is: kubectl (written out or as `k`), another tool, or nothing worth indexing. */
export function classifyCommand(text: string, where: 'block' | 'inline'): Classified | undefined {
  const command = stripKeywords(text);
  const words = shellWords(command);
  const first = words[0];
  if (first === undefined || NOT_COMMANDS.has(first)) return undefined;
  if (first === 'k') {
    // The notes' alias, but only in front of a kubectl subcommand: `k` alone, `curl -k`, `for k in` are not.
    const verb = verbOf(words);
    if (verb === undefined || !KUBECTL_VERBS.has(verb)) return undefined;
    return { tool: 'kubectl', command: command.replace(/^k(?=\s)/, 'kubectl'), alias: true };
  }
  if (first === 'kubectl') {
    const verb = verbOf(words);
    if (verb === undefined) return undefined;
    if (where === 'inline' && !KUBECTL_VERBS.has(verb)) return undefined;
    return { tool: 'kubectl', command, alias: false };
  }
  if (where === 'inline') {
    return INLINE_TOOLS.has(first) && words.length > 1 ? { tool: first, command, alias: false } : undefined;
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first) || first === 'export') return { tool: 'shell', command, alias: false };
  if (!/^[A-Za-z0-9_./-]+$/.test(first)) return undefined; // output or code that slipped into a shell block
  return { tool: first, command, alias: false };
}
