/**
 * Finds the commands a page runs: every command line of its shell code blocks (`bash`, `sh`, `shell`,
 * `console`...) and every inline code span that starts with a command-line tool. Pure function over the
 * Markdown/MDX source, so the command index page, the search index and the content tests all see the same
 * list, with the source line of each command (docs.ts turns lines into section anchors).
 *
 * The source is parsed with remark (+ remark-mdx for .mdx), the parser Docusaurus itself uses, rather than
 * with regular expressions: fences inside lists, inline code and MDX comments are then found exactly as the
 * page renders them. Shell lines are split with a small quote-aware lexer: the notes chain commands with
 * `&&` and `;`, background them with `&`, continue them with `\` and nest them in `$(...)`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Code, InlineCode, Root } from 'mdast';
import { canonicalResource } from './kubectlResources';
import { codeFenceTracker } from './docs';
import { blankFrontMatter } from './mdast';

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
  /** Parse as MDX (default) or as plain Markdown (`.md`). */
  mdx?: boolean;
}

/** Code block languages whose lines are commands. `console` blocks mark commands with a `$ ` prompt. */
const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'zsh']);
const CONSOLE_LANGUAGES = new Set(['console', 'shell-session', 'terminal']);

/** kubectl's subcommands: `k` counts as the alias only when one of these follows it. */
export const KUBECTL_VERBS = new Set([
  'annotate',
  'api-resources',
  'api-versions',
  'apply',
  'attach',
  'auth',
  'autoscale',
  'certificate',
  'cluster-info',
  'completion',
  'config',
  'cordon',
  'cp',
  'create',
  'debug',
  'delete',
  'describe',
  'diff',
  'drain',
  'edit',
  'events',
  'exec',
  'explain',
  'expose',
  'get',
  'kustomize',
  'label',
  'logs',
  'patch',
  'plugin',
  'port-forward',
  'proxy',
  'replace',
  'rollout',
  'rolling-update',
  'run',
  'scale',
  'set',
  'taint',
  'top',
  'uncordon',
  'version',
  'wait',
]);

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

// ---------------------------------------------------------------------------------------------------------
// Shell lexing
// ---------------------------------------------------------------------------------------------------------

export interface ShellSegment {
  /** The command text, trimmed, operators around it removed. */
  text: string;
  /** Command lines nested in `$(...)` or `<(...)` inside this one. */
  nested: string[];
}

/**
 * Splits one logical shell line into the commands that run one after the other (`;`, `&&`, `||`, `&`).
 * A pipeline (`a | b`) stays one command: it is one thing a reader types. Quotes, `$(...)` and a trailing
 * `# comment` are respected.
 */
export function splitShellLine(line: string): ShellSegment[] {
  const segments: ShellSegment[] = [];
  let current = '';
  let nested: string[] = [];
  let quote: '"' | "'" | null = null;
  const push = () => {
    const text = current.trim();
    if (text) segments.push({ text, nested });
    current = '';
    nested = [];
  };
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i] ?? '';
    const next = line[i + 1] ?? '';
    const previous = line[i - 1] ?? '';
    if (quote) {
      current += char;
      if (char === '\\' && quote === '"') {
        current += next;
        i += 1;
      } else if (char === quote) {
        quote = null;
      }
      continue;
    }
    if (char === '\\') {
      current += char + next;
      i += 1;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      current += char;
      continue;
    }
    if ((char === '$' || char === '<') && next === '(') {
      // Command or process substitution: keep it in this command's text, and look inside it too.
      const end = matchingParen(line, i + 1);
      const inner = line.slice(i + 2, end);
      current += line.slice(i, end + 1);
      nested.push(inner);
      i = end;
      continue;
    }
    if (char === '#' && (current === '' || /\s/.test(previous))) break; // a comment runs to the end of the line
    if (char === ';') {
      push();
      continue;
    }
    if (char === '&' && next === '&') {
      push();
      i += 1;
      continue;
    }
    if (char === '|' && next === '|') {
      push();
      i += 1;
      continue;
    }
    if (char === '&' && previous !== '>' && next !== '>') {
      push(); // `cmd &`: runs in the background, then the next command
      continue;
    }
    current += char;
  }
  push();
  return segments;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i += 1) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return text.length - 1;
}

/** Splits a command into words the way the shell would, with the quotes removed. */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: string | null = null;
  for (let i = 0; i < command.length; i += 1) {
    const char = command[i] ?? '';
    if (quote) {
      if (char === quote) quote = null;
      else current += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (char === '\\' && i + 1 < command.length) {
      current += command[i + 1];
      inWord = true;
      i += 1;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

/** The first word, without the shell keywords that may precede it. */
function stripKeywords(text: string): string {
  let rest = text.trim();
  for (;;) {
    const match = /^(\S+)\s*/.exec(rest);
    if (!match || !SHELL_KEYWORDS.has(match[1] ?? '')) return rest;
    rest = rest.slice(match[0].length);
  }
}

interface Classified {
  tool: string;
  command: string;
  alias: boolean;
}

/** Decides what a command is: kubectl (written out or as `k`), another tool, or nothing worth indexing. */
export function classifyCommand(text: string, where: 'block' | 'inline'): Classified | undefined {
  const command = stripKeywords(text);
  const words = shellWords(command);
  const first = words[0];
  if (first === undefined || NOT_COMMANDS.has(first)) return undefined;
  if (first === 'k') {
    // The notes' alias, but only in front of a kubectl subcommand: `k` alone, `curl -k`, `for k in` are not.
    const verb = words.slice(1).find((word) => !word.startsWith('-'));
    if (verb === undefined || !KUBECTL_VERBS.has(verb)) return undefined;
    return { tool: 'kubectl', command: command.replace(/^k(?=\s)/, 'kubectl'), alias: true };
  }
  if (first === 'kubectl') {
    const verb = words.slice(1).find((word) => !word.startsWith('-'));
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

// ---------------------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------------------

/** Line ranges (1-based, inclusive) of `:::changed` admonitions, found by scanning outside code fences. */
function changedRanges(lines: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const stack: Array<{ colons: number; name: string; line: number }> = [];
  const inCode = codeFenceTracker();
  lines.forEach((line, index) => {
    if (inCode(line)) return;
    const open = /^\s*(:{3,})([A-Za-z][\w-]*)/.exec(line);
    if (open) {
      stack.push({ colons: (open[1] ?? '').length, name: open[2] ?? '', line: index + 1 });
      return;
    }
    const close = /^\s*(:{3,})\s*$/.exec(line);
    if (close) {
      const colons = (close[1] ?? '').length;
      const at = stack.map((entry) => entry.colons).lastIndexOf(colons);
      if (at === -1) return;
      const [opened] = stack.splice(at);
      if (opened?.name === 'changed') ranges.push([opened.line, index + 1]);
    }
  });
  return ranges;
}

interface LogicalLine {
  text: string;
  line: number;
}

/** Joins `\` continuations, skips comments, blank lines and heredoc bodies; console blocks keep `$ ` lines. */
function logicalLines(value: string, firstLine: number, consoleBlock: boolean): LogicalLine[] {
  const result: LogicalLine[] = [];
  const lines = value.split('\n');
  let pending: LogicalLine | null = null;
  let heredoc: string | null = null;
  lines.forEach((raw, index) => {
    const lineNumber = firstLine + index;
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
      : { text: body, line: lineNumber };
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

/** Every command of a page, in source order. */
export function extractCommands(source: string, options: ExtractOptions = {}): CommandUse[] {
  const mdx = options.mdx ?? true;
  const text = blankFrontMatter(source);
  const processor = mdx ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  const tree = processor.parse(text) as Root;
  const ranges = changedRanges(text.split('\n'));
  const inChanged = (line: number) => ranges.some(([start, end]) => line > start && line < end);
  const uses: CommandUse[] = [];
  visit(tree, (node) => {
    if (node.type === 'code') {
      const code = node as Code;
      const lang = (code.lang ?? '').toLowerCase();
      const consoleBlock = CONSOLE_LANGUAGES.has(lang);
      if (!SHELL_LANGUAGES.has(lang) && !consoleBlock) return;
      const fenceLine = code.position?.start.line ?? 1;
      for (const logical of logicalLines(code.value, fenceLine + 1, consoleBlock)) {
        commandsOfLine(logical.text, logical.line, 'block', inChanged(logical.line), uses);
      }
    } else if (node.type === 'inlineCode') {
      const inline = node as InlineCode;
      const line = inline.position?.start.line ?? 1;
      const value = inline.value.trim().replace(/^\$\s+/, '');
      commandsOfLine(value, line, 'inline', inChanged(line), uses);
    }
  });
  return uses.sort((a, b) => a.line - b.line);
}

// ---------------------------------------------------------------------------------------------------------
// kubectl command lines
// ---------------------------------------------------------------------------------------------------------

/** kubectl flags that take the next word as their value when written without `=`. */
const VALUE_FLAGS = new Set([
  '-n',
  '--namespace',
  '-o',
  '--output',
  '-f',
  '--filename',
  '-k',
  '--kustomize',
  '-l',
  '--selector',
  '--field-selector',
  '-c',
  '--container',
  '--sort-by',
  '-p',
  '--patch',
  '--type',
  '--image',
  '--grace-period',
  '--to-revision',
  '--revision',
  '--replicas',
  '--restart',
  '--port',
  '--target-port',
  '--name',
  '--timeout',
  '--context',
  '--kubeconfig',
  '--cluster',
  '--user',
  '-s',
  '--server',
  '--as',
  '--from-file',
  '--from-literal',
  '--from-env-file',
  '--cert',
  '--key',
  '--clusterrole',
  '--role',
  '--group',
  '--serviceaccount',
  '--docker-username',
  '--docker-password',
  '--docker-email',
  '--docker-server',
  '--duration',
  '--address',
  '--template',
  '--tail',
  '--since',
  '--raw',
  '--for',
  '--generator',
]);

/** `create <what>`: the kinds kubectl creates from flags instead of a file. */
const CREATE_SUBCOMMANDS = new Set([
  'clusterrole',
  'clusterrolebinding',
  'configmap',
  'cm',
  'cronjob',
  'deployment',
  'deploy',
  'ingress',
  'job',
  'namespace',
  'ns',
  'poddisruptionbudget',
  'pdb',
  'priorityclass',
  'quota',
  'role',
  'rolebinding',
  'secret',
  'service',
  'svc',
  'serviceaccount',
  'sa',
  'token',
]);

/** Verbs whose first argument is a resource type (or `type/name`). */
const TYPED_VERBS = new Set([
  'annotate',
  'autoscale',
  'delete',
  'describe',
  'edit',
  'explain',
  'expose',
  'get',
  'label',
  'patch',
  'replace',
  'scale',
  'wait',
  'top',
]);

/** Verbs that act on a pod named by their first argument. */
const POD_VERBS = new Set(['attach', 'cp', 'debug', 'exec', 'logs', 'port-forward', 'run']);

export interface KubectlCommand {
  /** `get`, `create configmap`, `create secret tls`, `rollout undo`, `set image`, `create -f`... */
  verb: string;
  /** Canonical resource type (kubectl's plural), or undefined for commands on no type (`proxy`, `cluster-info`). */
  resource?: string;
  /** Positional words after the verb and type. */
  args: string[];
  /** Flags as written, without values (`-it`, `--from-file`...). */
  flags: string[];
  /** Whether the words for the container (`-- <command>`) are separated with `--`. */
  dashDash: boolean;
}

/** Splits a kubectl command line into verb, resource type, arguments and flags. */
export function parseKubectl(command: string): KubectlCommand | undefined {
  const pipeline = command.split(/\s\|\s/)[0] ?? command;
  const words = shellWords(pipeline);
  if (words[0] !== 'kubectl' && words[0] !== 'k') return undefined;
  const positional: string[] = [];
  const flags: string[] = [];
  let dashDash = false;
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (word === '--') {
      dashDash = true;
      break;
    }
    if (word.startsWith('-') && word.length > 1) {
      const [flag] = word.split('=');
      flags.push(flag ?? word);
      if (!word.includes('=') && VALUE_FLAGS.has(word)) i += 1;
      continue;
    }
    positional.push(word);
  }
  const [first, second, third] = positional;
  if (first === undefined) return undefined;
  let verb = first;
  let rest = positional.slice(1);
  let resource: string | undefined;
  const typeOf = (word: string | undefined) =>
    word === undefined ? undefined : canonicalResource(word.split('/')[0] ?? word);
  if ((first === 'create' || first === 'apply' || first === 'replace') && rest.length === 0 && flags.some(isFileFlag)) {
    verb = `${first} -f`;
  } else if (first === 'create' && second !== undefined && CREATE_SUBCOMMANDS.has(second)) {
    resource = canonicalResource(second);
    if ((second === 'secret' || second === 'service' || second === 'svc') && third !== undefined) {
      verb = `create ${second === 'svc' ? 'service' : second} ${third}`;
      rest = positional.slice(3);
    } else {
      verb = `create ${resource === 'configmaps' ? 'configmap' : second === 'sa' ? 'serviceaccount' : second}`;
      rest = positional.slice(2);
    }
    if (second === 'token') resource = 'serviceaccounts';
  } else if (first === 'rollout' || first === 'set') {
    verb = second === undefined ? first : `${first} ${second}`;
    resource = typeOf(third);
    const named = third?.includes('/') ? [third.slice(third.indexOf('/') + 1)] : [];
    rest = [...named, ...positional.slice(3)];
  } else if (first === 'config' || first === 'auth' || first === 'certificate' || first === 'plugin') {
    verb = second === undefined ? first : `${first} ${second}`;
    rest = positional.slice(2);
  } else if (TYPED_VERBS.has(first)) {
    resource =
      second === undefined
        ? undefined
        : second
            .split(',')
            .map((part) => typeOf(part))
            .join(',');
    // `deployment/kubia` names the object in the same word as its type.
    const named = second?.includes('/') ? [second.slice(second.indexOf('/') + 1)] : [];
    rest = [...named, ...positional.slice(2)];
  } else if (POD_VERBS.has(first)) {
    resource = second?.includes('/') ? typeOf(second) : 'pods';
  } else if (first === 'rolling-update') {
    resource = 'replicationcontrollers';
  }
  return { verb, resource, args: rest, flags, dashDash };
}

function isFileFlag(flag: string): boolean {
  return flag === '-f' || flag === '--filename' || flag === '-k' || flag === '--kustomize';
}

/** Verbs that do something with no further word: `kubectl proxy`, `kubectl cluster-info`. */
const STANDALONE_VERBS = new Set(['proxy', 'cluster-info', 'version', 'api-resources', 'api-versions']);
/** Verbs that list or describe a whole type when given only the type: `kubectl get pods`. */
const TYPE_ONLY_VERBS = new Set(['get', 'describe', 'explain', 'top', 'events']);

/**
 * Whether a kubectl command is only named, not run: prose says "use `kubectl attach`" or "with
 * `kubectl apply -f`", which no one could paste into a terminal. Inline code only; block lines are run.
 */
export function isKubectlMention(command: string): boolean {
  const parsed = parseKubectl(command);
  if (!parsed) return true;
  const words = shellWords(command);
  const last = words[words.length - 1] ?? '';
  if (VALUE_FLAGS.has(last)) return true; // `kubectl apply -f` with no file
  if (STANDALONE_VERBS.has(parsed.verb) || parsed.args.length > 0 || parsed.flags.length > 0) return false;
  return !(TYPE_ONLY_VERBS.has(parsed.verb) && parsed.resource !== undefined);
}
