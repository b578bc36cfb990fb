/**
 * Whether a typed kubectl command means the same as an answer, as kubectl would read both: `k` is kubectl,
 * short names and kinds name the same type (`rc`), flag order and `--flag=v` vs `--flag v` do not matter,
 * `-it` is `-i -t`, and `-n default` is what no `-n` means. When they differ, the messages say what differs,
 * first things first. Pure: /study runs it in the browser with a slice of the model.
 */
import { shellWords } from '../commands/shellWords';
import { inputProblem } from './input';
import { findFlag, parseWords, type ParsedCommand } from './parse';
import type { FlagInfo, KubectlModel } from './types';

export type Verdict = { same: true } | { same: false; messages: string[] };

const OPERATORS = new Set(['|', '||', '&&', ';', '&', '>', '>>', '<', '(', ')', '<(', '>&', ';;', '|&']);

/** Levenshtein distance, for "did you mean" (both words are short). */
function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, n) => n);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest of the candidates within a distance of 2, for a "did you mean" hint. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

const canonicalName = (flag: FlagInfo) => flag.names[flag.names.length - 1] ?? flag.names[0] ?? '';
const code = (text: string) => `\`${text}\``;

/** A command's meaning: verb, type, names, and each flag (by its long name) with its values. */
interface Meaning {
  verb: string;
  resource?: string;
  args: string[];
  flags: Map<string, string[]>;
  after?: string;
}

function meaningOf(parsed: ParsedCommand): Meaning {
  const flags = new Map<string, string[]>();
  for (const entry of parsed.flags) {
    const name = entry.flag ? canonicalName(entry.flag) : entry.written;
    const none = entry.flag?.value === 'none';
    const value = none ? (entry.value ?? 'true') : (entry.value ?? '');
    if (name === '--namespace' && value === 'default') continue; // what no -n means
    if (none && value === 'false') continue;
    flags.set(name, [...(flags.get(name) ?? []), value].sort());
  }
  return {
    verb: parsed.verb?.path ?? '',
    ...(parsed.resource ? { resource: parsed.resource.plural } : {}),
    args: parsed.args,
    flags,
    ...(parsed.afterDashDash ? { after: parsed.afterDashDash.join(' ') } : {}),
  };
}

/** Reads typed text as one kubectl command, or says why it cannot. */
export function readTyped(
  model: KubectlModel,
  text: string,
): { parsed: ParsedCommand; problem?: undefined } | { problem: string } {
  const problem = inputProblem(text);
  if (problem) return { problem };
  let words: string[];
  try {
    words = shellWords(text.trim());
  } catch {
    return { problem: 'The shell could not read this line; check its quotes and brackets.' };
  }
  const operator = words.find((word) => OPERATORS.has(word));
  if (operator) {
    return { problem: `Type the kubectl command alone: ${code(operator)} would make it part of a longer shell line.` };
  }
  if (words[0] !== 'kubectl' && words[0] !== 'k') {
    return { problem: `Start with ${code('kubectl')} (or the notes’ alias ${code('k')}).` };
  }
  const parsed = parseWords(model, words);
  if (!parsed) return { problem: `Start with ${code('kubectl')}.` };
  return { parsed };
}

/** Compares a typed command with the answer; the messages name each difference. */
export function compareCommands(model: KubectlModel, answer: string, typed: string): Verdict {
  const read = readTyped(model, typed);
  if (read.problem !== undefined) return { same: false, messages: [read.problem] };
  const expectedParsed = readTyped(model, answer);
  if (expectedParsed.problem !== undefined) throw new Error(`The answer "${answer}" is not a kubectl command`);
  const got = read.parsed;
  const want = meaningOf(expectedParsed.parsed);
  const verbName = `kubectl ${want.verb}`;
  const messages: string[] = [];

  if (!got.verb) {
    const first = got.words[1]?.text ?? '';
    const guess = closest(
      first,
      Object.keys(model.verbs).filter((path) => !path.includes(' ')),
    );
    messages.push(
      `${code(first)} is not a kubectl command${guess ? `; did you mean ${code(guess)}?` : '.'} The answer uses ${code(verbName)}.`,
    );
    return { same: false, messages };
  }
  const have = meaningOf(got);
  if (have.verb !== want.verb) {
    messages.push(`This is ${code(`kubectl ${have.verb}`)}; the answer uses ${code(verbName)}.`);
    return { same: false, messages };
  }
  /** Flags a "did you mean" already points to: not reported missing again. */
  const suggested = new Set<string>();
  for (const entry of got.flags) {
    if (entry.flag) {
      if (entry.flag.value === 'required' && entry.value === undefined) {
        messages.push(`${code(entry.written)} needs a value.`);
      }
      continue;
    }
    const names = [...got.verb.flags, ...model.globalFlags].flatMap((flag) => flag.names);
    const guess = closest(entry.written, names);
    const meant = guess ? findFlag(model, got.verb, guess) : undefined;
    if (meant) suggested.add(canonicalName(meant));
    messages.push(
      `${code(entry.written)} is not a flag of ${code(verbName)}${guess ? `; did you mean ${code(guess)}?` : '.'}`,
    );
  }
  if (have.resource !== want.resource) {
    messages.push(
      want.resource
        ? `The resource type should be ${code(want.resource)}${have.resource ? `, not ${code(have.resource)}` : ''}.`
        : `The answer names no resource type; this names ${code(have.resource ?? '')}.`,
    );
  }
  if (have.args.join(' ') !== want.args.join(' ')) {
    messages.push(
      want.args.length === 0
        ? `The answer has no ${have.args.length === 1 ? 'name' : 'names'} here: ${code(have.args.join(' '))} is extra.`
        : `The names differ: the answer has ${code(want.args.join(' '))}${have.args.length ? `, this has ${code(have.args.join(' '))}` : ''}.`,
    );
  }
  for (const [name, values] of want.flags) {
    const typedValues = have.flags.get(name);
    const flag = findFlag(model, got.verb, name);
    const shown = flag?.names.join(' / ') ?? name;
    if (!typedValues) {
      if (suggested.has(name)) continue;
      messages.push(
        `Missing ${code(shown)}${values[0] && values[0] !== 'true' ? ` (${flag?.description ?? 'its value'})` : ''}.`,
      );
    } else if (typedValues.join('\u0000') !== values.join('\u0000')) {
      messages.push(`${code(name)} should be ${code(values.join(', '))}, not ${code(typedValues.join(', '))}.`);
    }
  }
  for (const name of have.flags.keys()) {
    if (!want.flags.has(name) && findFlag(model, got.verb, name))
      messages.push(`${code(name)} is not part of the answer.`);
  }
  if ((have.after ?? '') !== (want.after ?? '')) {
    messages.push(
      want.after === undefined
        ? 'The answer runs nothing after `--`.'
        : `After ${code('--')} the answer runs ${code(want.after)}${have.after === undefined ? '' : `, not ${code(have.after)}`}.`,
    );
  }
  return messages.length === 0 ? { same: true } : { same: false, messages };
}
