/**
 * Every word of a shell line explained: a kubectl command word by word against the model (verb, sub-verb,
 * resource type, object name, flag with its value and default, output format, `--` and the command after it),
 * the line's operators (`|`, `&&`, `$(`...), and the other programs of a pipeline named as such. Pure: the
 * build puts the result into the page (src/remark/codeBlocks); nothing of it runs in the browser. Each word
 * keeps its offsets, and the words, in order, are the line's words as written (lexShell).
 */
import { lexShell, type LexToken } from './shellLex';
import { findFlag, findResourceType, parseWords, verbAt, type ParsedWord } from './parse';
import { describeOutput } from './outputFormat';
import { ALIAS_SECTION, RESOURCE_SECTIONS, type SectionLink } from './resourceSections';
import type { FlagInfo, KubectlModel, ResourceInfo, VerbInfo } from './types';

export interface Explanation {
  /** The word as written. */
  word: string;
  /** What the word is: `verb`, `resource type`, `flag`, `pipe`... */
  role: string;
  /** What it does, in sentences. */
  text: string;
  /** Facts shown after the text: `Value: 3`, `Default: 1`, `Short names: rc`. */
  facts?: string[];
  link?: SectionLink;
  /** Set when current kubectl has removed or deprecated it. */
  outdated?: 'removed' | 'deprecated';
}

export interface ExplainedWord {
  start: number;
  end: number;
  explanation: Explanation;
}

/** Where a removed or deprecated form is listed with what to run now (the command index's status notes). */
export const outdatedLink = (verb: string): SectionLink => ({
  href: `/commands#verb-${verb.split(' ')[0] ?? verb}`,
  label: `Outdated forms of kubectl ${verb.split(' ')[0] ?? verb}, and what to run now`,
});

const OPERATORS: Record<string, [string, string]> = {
  '|': ['pipe', 'The output of the command on its left becomes the input of the command on its right.'],
  '|&': ['pipe', 'The output and the errors of the command on its left go to the command on its right.'],
  '&&': ['and', 'Runs the command on its right only if the command on its left succeeded.'],
  '||': ['or', 'Runs the command on its right only if the command on its left failed.'],
  ';': ['separator', 'Ends a command; the next one runs after it, whether it succeeded or not.'],
  ';;': ['separator', 'Ends a branch of a `case`.'],
  '&': ['background', 'Runs the command on its left in the background; the shell goes on at once.'],
  '$(': ['command substitution', 'Runs the command inside the parentheses and puts its output here.'],
  '(': ['subshell', 'Runs the commands inside the parentheses in a subshell.'],
  ')': ['end of substitution', 'Closes the `$(` or `(` opened before.'],
};

/** Other programs the notes run, in one line each (a word of a pipeline that is not kubectl). */
const PROGRAMS: Record<string, string> = {
  grep: 'prints only the lines that match a pattern',
  head: 'prints only the first lines',
  tail: 'prints only the last lines',
  base64: 'encodes to or decodes from Base64 (Secrets store their data Base64-encoded)',
  jq: 'reads JSON and prints the parts you ask for',
  curl: 'sends an HTTP request and prints the response',
  echo: 'prints its arguments',
  cat: 'prints files',
  sleep: 'waits the given time',
  wc: 'counts lines, words or bytes',
  sort: 'sorts lines',
  less: 'shows its input page by page',
  watch: 'runs a command again every few seconds',
  xargs: 'runs a command with its input as arguments',
  awk: 'picks fields out of each line',
  sed: 'edits text as it passes through',
  openssl: 'works with keys, certificates and TLS',
  minikube: 'manages the local Kubernetes cluster of the notes',
  nslookup: 'asks DNS for the addresses of a name',
  dig: 'asks DNS for records of a name',
  ls: 'lists files',
  env: 'prints the environment variables',
  ps: 'lists processes',
  sh: 'runs a shell',
  bash: 'runs a shell',
  export: 'sets a shell variable for the commands run after it',
  while: 'starts a loop of the shell',
  do: 'starts the body of a loop',
  done: 'ends a loop',
  true: 'does nothing and succeeds',
  for: 'starts a loop over a list of words',
};

/** Words that may come before a kubectl command without being one (`while true; do kubectl ...`). */
const PREFIX_WORDS = new Set(['while', 'until', 'if', 'then', 'do', 'else', 'elif', 'time', '!', '{', 'sudo']);

/** What the pod named by a pod verb's first argument is for. */
const POD_ROLE: Record<string, string> = {
  exec: 'The pod whose container runs the command',
  logs: 'The pod whose container’s log is printed',
  attach: 'The pod whose running container to attach to',
  'port-forward': 'The pod the local port is forwarded to',
  debug: 'The pod (or node) to debug',
};

const verbName = (path: string) => `kubectl ${path}`;

function statusFacts(status: VerbInfo['status'] | FlagInfo['status']): string[] {
  if (!status) return [];
  return [`${status.kind === 'removed' ? 'Removed' : 'Deprecated'} in ${status.since}: ${status.note}.`];
}

function resourceExplanation(word: string, resource: ResourceInfo, name?: string): Explanation {
  const api = resource.group ? `${resource.group}/${resource.version}` : `${resource.version} (the core group)`;
  const facts = [
    `Kind: ${resource.kind}`,
    resource.short.length > 0 ? `Short names: ${resource.short.join(', ')}` : `No short name`,
    `API: ${api}`,
    resource.namespaced ? 'Lives in a namespace' : 'Cluster-wide (no namespace)',
  ];
  const link = RESOURCE_SECTIONS[resource.kind];
  return {
    word,
    role: name === undefined ? 'resource type' : 'resource type and name',
    text:
      name === undefined
        ? `The type of object the command acts on: ${resource.plural}.`
        : `The ${resource.kind} named ${name}: type and name in one word (TYPE/NAME).`,
    facts,
    ...(link ? { link } : {}),
  };
}

function flagFacts(flag: FlagInfo | undefined, value: string | undefined): string[] {
  const facts: string[] = [];
  if (flag && flag.names.length > 1) facts.push(`Also written: ${flag.names.join(', ')}`);
  if (value !== undefined) facts.push(`Value: ${value === '' ? '(empty)' : value}`);
  if (flag?.default !== undefined) facts.push(`Default: ${flag.default}`);
  else if (flag?.value === 'none') facts.push('Default: off (a switch: writing it turns it on)');
  else if (flag) facts.push('Default: not set (kubectl uses it only when given)');
  if (flag?.values && flag.values.length > 0) facts.push(`Accepts: ${flag.values.join(', ')}`);
  return [...facts, ...statusFacts(flag?.status)];
}

function flagText(flag: FlagInfo | undefined, verb: VerbInfo | undefined): string {
  if (!flag) {
    return `A flag this site's model of ${verb ? verbName(verb.path) : 'kubectl'} does not know; \`kubectl ${verb?.path ?? ''} --help\` lists the flags.`;
  }
  return `${flag.description || 'A flag of kubectl'}.`;
}

interface Context {
  model: KubectlModel;
  verb?: VerbInfo;
  resource?: ResourceInfo;
}

/** The object a positional word names, in words: "the pod kubia", "the new ConfigMap". */
function nameExplanation(word: string, context: Context, index: number): Explanation {
  const { verb, resource } = context;
  const path = verb?.path ?? '';
  const placeholder = /^<[^>]+>$/.test(word) ? ' (a placeholder: write your own value)' : '';
  const podVerb = /^(exec|logs|attach|port-forward|debug)$/.test(path);
  if (path === 'port-forward' && index > 0 && /^\d*:?\d+$/.test(word)) {
    const [local, remote] = word.includes(':') ? word.split(':') : [word, word];
    return {
      word,
      role: 'ports',
      text: `Local port ${local || '(random)'} on your machine is forwarded to port ${remote} of the pod.`,
    };
  }
  if ((path === 'label' || path === 'annotate') && index > 0) {
    const what = path === 'label' ? 'label' : 'annotation';
    const set = /^([^=]+)=(.*)$/s.exec(word);
    if (set) return { word, role: what, text: `Sets the ${what} ${set[1]} to “${set[2]}”.` };
    if (word.endsWith('-')) return { word, role: what, text: `Removes the ${what} ${word.slice(0, -1)}.` };
  }
  if (path === 'set image' && word.includes('=')) {
    const [container, image] = word.split(/=(.*)/s);
    return { word, role: 'container and image', text: `The container ${container} gets the image ${image}.` };
  }
  if (path === 'set env' && word.includes('=')) {
    const [name, value] = word.split(/=(.*)/s);
    return { word, role: 'environment variable', text: `Sets the variable ${name} to “${value}”.` };
  }
  if (resource && index === 0) {
    return { word, role: 'object name', text: `The name of the ${resource.kind} to act on${placeholder}.` };
  }
  if (resource && index > 0) {
    return { word, role: 'object name', text: `Another ${resource.kind} to act on${placeholder}.` };
  }
  if (podVerb && index === 0) {
    return { word, role: 'pod name', text: `${POD_ROLE[path] ?? 'The pod'}${placeholder}.` };
  }
  if (path === 'run' && index === 0) {
    return { word, role: 'pod name', text: `The name of the new pod${placeholder}.` };
  }
  if (path.startsWith('create ') && index === 0) {
    const type = findResourceType(context.model, path.split(' ')[1] ?? '');
    return {
      word,
      role: 'object name',
      text: `The name of the new ${type?.kind ?? path.slice('create '.length)}${placeholder}.`,
    };
  }
  if (path === 'cp') {
    return {
      word,
      role: index === 0 ? 'source' : 'destination',
      text: `${index === 0 ? 'Copied from' : 'Copied to'} here: a local path, or POD:PATH for a path in a container.`,
    };
  }
  return {
    word,
    role: 'argument',
    text: `An argument of ${verb ? verbName(verb.path) : 'kubectl'}${placeholder}.`,
  };
}

/** The verb (or sub-verb) word `word`, reached from the verb path `parent`. */
function verbStep(model: KubectlModel, parent: string, word: string): VerbInfo | undefined {
  const exact = verbAt(model, parent ? `${parent} ${word}` : word);
  if (exact || !parent) return exact;
  const type = findResourceType(model, word);
  return type ? verbAt(model, `${parent} ${type.singular}`) : undefined;
}

/** The words of one kubectl command (`kubectl` or `k` first). */
function explainKubectl(model: KubectlModel, tokens: LexToken[]): Explanation[] | undefined {
  const parsed = parseWords(
    model,
    tokens.map((token) => token.value),
  );
  if (!parsed || parsed.words.length !== tokens.length) return undefined;
  const context: Context = { model, verb: parsed.verb, resource: parsed.resource };
  const out: Explanation[] = [];
  let verbPath = '';
  let names = 0;
  let lastFlag: FlagInfo | undefined;
  let program: string | undefined;
  parsed.words.forEach((parsedWord: ParsedWord, n) => {
    const word = tokens[n] ? tokens[n].value : parsedWord.text;
    switch (parsedWord.role) {
      case 'kubectl':
        out.push(
          word === 'k'
            ? { word, role: 'alias', text: 'The notes’ short alias for kubectl.', link: ALIAS_SECTION }
            : {
                word,
                role: 'program',
                text: 'kubectl, the Kubernetes command line: it turns the command into requests to the cluster’s API server.',
              },
        );
        break;
      case 'verb': {
        const step = verbStep(model, verbPath, word);
        const parent = verbPath;
        verbPath = step?.path ?? verbPath;
        out.push({
          word,
          role: parent ? `sub-verb of ${parent}` : 'verb',
          text: `${step?.description || 'A kubectl command'}.`,
          facts: [
            ...(step && step.path !== word ? [`Full command: ${verbName(step.path)}`] : []),
            ...statusFacts(step?.status),
          ],
          ...(step?.status ? { outdated: step.status.kind, link: outdatedLink(step.path) } : {}),
        });
        break;
      }
      case 'resource':
        out.push(resourceExplanation(word, parsedWord.resource ?? (parsed.resource as ResourceInfo)));
        break;
      case 'name':
      case 'argument': {
        const slash = word.indexOf('/');
        if (parsedWord.resource && slash !== -1) {
          out.push(resourceExplanation(word, parsedWord.resource, word.slice(slash + 1)));
        } else out.push(nameExplanation(word, context, names));
        names += 1;
        break;
      }
      case 'flag':
      case 'unknown-flag': {
        const eq = word.indexOf('=');
        const written = eq === -1 ? word : word.slice(0, eq);
        const value = eq === -1 ? undefined : word.slice(eq + 1);
        const flag = parsedWord.flag;
        lastFlag = flag;
        const shorts = /^-[A-Za-z]{2,}$/.test(word) && !findFlag(model, parsed.verb, word) ? [...word.slice(1)] : [];
        if (shorts.length > 0 && parsedWord.role === 'flag') {
          const each = shorts.map((letter) => findFlag(model, parsed.verb, `-${letter}`));
          out.push({
            word,
            role: 'flags',
            text: `${shorts.length} one-letter flags written together: ${each
              .map((entry, i) => `-${shorts[i]} (${entry?.names.at(-1) ?? '?'}): ${entry?.description ?? ''}`)
              .join('; ')}.`,
            facts: ['Default: off (switches: writing them turns them on)'],
          });
          break;
        }
        const output = (written === '-o' || written === '--output') && value !== undefined ? describeOutput(value) : '';
        out.push({
          word,
          role: flag ? `flag of ${parsed.verb ? verbName(parsed.verb.path) : 'kubectl'}` : 'unknown flag',
          text: `${flagText(flag, parsed.verb)}${output ? ` ${output}` : ''}`,
          facts: flagFacts(flag, value),
          ...(flag?.status ? { outdated: flag.status.kind, link: outdatedLink(parsed.verb?.path ?? 'run') } : {}),
        });
        break;
      }
      case 'value': {
        const flag = parsedWord.flag ?? lastFlag;
        const name = flag?.names.at(-1) ?? 'the flag before it';
        const output = flag?.names.includes('--output') ? describeOutput(word) : undefined;
        out.push({
          word,
          role: output ? 'output format' : 'flag value',
          text: output ?? `The value of ${name}.`,
          ...(output ? { facts: [`The value of ${name}`] } : {}),
        });
        break;
      }
      case 'dashdash': {
        const path = parsed.verb?.path ?? '';
        out.push({
          word,
          role: 'end of kubectl’s flags',
          text:
            path === 'exec'
              ? 'Everything after -- is the command that runs inside the container, not on your machine.'
              : path === 'run' || path.startsWith('create ')
                ? 'Everything after -- is the command (and its arguments) the new container runs.'
                : 'Everything after -- is passed on as it is, not read as kubectl’s flags.',
        });
        break;
      }
      case 'after-dashdash': {
        const where = parsed.verb?.path === 'exec' ? 'inside the container' : 'in the new container';
        if (program === undefined) {
          program = word;
          const what = PROGRAMS[word.split('/').pop() ?? word];
          out.push({
            word,
            role: 'command in the container',
            text: `The program that runs ${where}${what ? `: it ${what}` : ''}.`,
          });
        } else out.push({ word, role: `argument of ${program}`, text: `An argument of ${program}, ${where}.` });
        break;
      }
    }
  });
  return out;
}

/** The words of a command that is not kubectl: the program, then its arguments. */
function explainOther(tokens: LexToken[], afterPipe: boolean): Explanation[] {
  const program = tokens[0]?.value ?? '';
  return tokens.map((token, n) => {
    if (n > 0) return { word: token.value, role: `argument of ${program}`, text: `An argument of ${program}.` };
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(token.value);
    if (assignment) {
      return {
        word: token.value,
        role: 'shell variable',
        text: `Sets the shell variable ${assignment[1]}; later commands read it as $${assignment[1]}.`,
      };
    }
    const what = PROGRAMS[program.split('/').pop() ?? program];
    return {
      word: token.value,
      role: 'another program (not kubectl)',
      text: `${program}${what ? ` ${what}` : ' is a program of its own, not part of kubectl'}${afterPipe ? '; here it reads the output of the command before the |' : ''}.`,
    };
  });
}

/** A command's words: kubectl's read by the model, others named as other programs. */
function explainCommand(model: KubectlModel, tokens: LexToken[], afterPipe: boolean): Explanation[] {
  let at = 0;
  const out: Explanation[] = [];
  while (at < tokens.length - 1 && PREFIX_WORDS.has(tokens[at]?.value ?? '')) {
    const word = tokens[at]?.value ?? '';
    out.push({ word, role: 'shell keyword', text: `Part of the shell’s own syntax (${word}), not a program.` });
    at += 1;
  }
  const rest = tokens.slice(at);
  const first = rest[0]?.value;
  const verb = rest.slice(1).find((token) => !token.value.startsWith('-'))?.value;
  const isKubectl = first === 'kubectl' || (first === 'k' && verb !== undefined && verbAt(model, verb) !== undefined);
  const words = (isKubectl && explainKubectl(model, rest)) || explainOther(rest, afterPipe);
  return [...out, ...words];
}

/** Explains every word of one shell line (a logical line: `\` + newline continues it). */
export function explainLine(model: KubectlModel, line: string): ExplainedWord[] {
  const tokens = lexShell(line);
  const out: ExplainedWord[] = [];
  let command: LexToken[] = [];
  let afterPipe = false;
  let redirectTarget = false;
  const flush = () => {
    if (command.length === 0) return;
    const explained = explainCommand(model, command, afterPipe);
    command.forEach((token, n) => {
      const explanation = explained[n] ?? { word: token.value, role: 'word', text: 'A word of the command.' };
      out.push({
        start: token.start,
        end: token.end,
        explanation: { ...explanation, word: line.slice(token.start, token.end) },
      });
    });
    command = [];
  };
  for (const token of tokens) {
    if (token.kind === 'word') {
      if (redirectTarget) {
        redirectTarget = false;
        out.push({
          start: token.start,
          end: token.end,
          explanation: {
            word: line.slice(token.start, token.end),
            role: 'file',
            text: 'The file the redirection before it reads or writes.',
          },
        });
        continue;
      }
      command.push(token);
      continue;
    }
    const text = line.slice(token.start, token.end);
    if (token.kind === 'redirect') {
      const reads = token.value.startsWith('<');
      redirectTarget = !/&\d*-?$/.test(token.value) && !token.value.startsWith('<<');
      out.push({
        start: token.start,
        end: token.end,
        explanation: {
          word: text,
          role: 'redirection',
          text: token.value.startsWith('<<')
            ? 'A here-document: the lines that follow, up to the end marker, are the command’s input.'
            : /&1$/.test(token.value)
              ? 'Sends the errors to the same place as the output.'
              : reads
                ? 'The command reads its input from the file that follows.'
                : `The command’s output goes into the file that follows${token.value.includes('>>') ? ', added at its end' : ', replacing what it held'}.`,
        },
      });
      continue;
    }
    if (token.kind === 'comment') {
      flush();
      out.push({
        start: token.start,
        end: token.end,
        explanation: { word: text, role: 'comment', text: 'A comment: the shell ignores the rest of the line.' },
      });
      continue;
    }
    // An operator: it ends the command before it (`)` ends the one inside a substitution).
    flush();
    const [role, meaning] = OPERATORS[token.value] ?? ['operator', 'An operator of the shell.'];
    out.push({ start: token.start, end: token.end, explanation: { word: text, role, text: meaning } });
    afterPipe = token.value === '|' || token.value === '|&';
    redirectTarget = false;
  }
  flush();
  // Redirections are placed as they come, the words of their command when it ends: back in line order.
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a line's explained words (explainLine) run kubectl, written out or as the notes' `k` alias. */
export function wordsRunKubectl(words: ExplainedWord[]): boolean {
  return words.some(
    ({ explanation }) =>
      (explanation.role === 'program' && explanation.word === 'kubectl') || explanation.role === 'alias',
  );
}

/** Whether a line runs kubectl (written out or as the notes' `k` alias) anywhere in it. */
export function runsKubectl(model: KubectlModel, line: string): boolean {
  return wordsRunKubectl(explainLine(model, line));
}
