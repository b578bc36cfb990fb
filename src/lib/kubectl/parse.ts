/**
 * One kubectl command read word by word against the model: which word is the verb, the resource type, an
 * object's name, a flag (with its value) or the command after `--`. Pure and linear in the number of words;
 * the explanations, the command cards' checking and the command index all read commands with it.
 */
import type { FlagInfo, KubectlModel, ResourceInfo, VerbInfo } from './types';
import { TYPED_VERBS } from './typedVerbs';

export type WordRole =
  | 'kubectl'
  | 'verb'
  | 'resource'
  | 'name'
  | 'argument'
  | 'flag'
  | 'value'
  | 'unknown-flag'
  | 'dashdash'
  | 'after-dashdash';

export interface ParsedWord {
  text: string;
  role: WordRole;
  /** For a flag (or a flag's value): the flag as the model knows it. */
  flag?: FlagInfo;
  resource?: ResourceInfo;
}

export interface ParsedFlag {
  /** As written, without the value: `-n`, `--replicas`. */
  written: string;
  /** The model's flag, or undefined when the verb has no such flag. */
  flag?: FlagInfo;
  /** The value, or undefined for a flag without one. */
  value?: string;
}

export interface ParsedCommand {
  /** The verb the model knows (`rollout undo`), or undefined when the first word after kubectl is not one. */
  verb?: VerbInfo;
  /** The resource type named by the first argument (`rc`, `deployment/kubia`), when it is one. */
  resource?: ResourceInfo;
  /** Positional words after the verb, resource type and `type/` prefixes removed. */
  args: string[];
  flags: ParsedFlag[];
  /** Words after `--` (the command run in the container), or undefined without `--`. */
  afterDashDash?: string[];
  words: ParsedWord[];
}

export interface ModelIndex {
  model: KubectlModel;
  resourceByName: Map<string, ResourceInfo>;
  /** Every flag spelling any verb knows, for flags written before the verb. */
  anyFlag: Map<string, FlagInfo>;
}

const indexes = new WeakMap<KubectlModel, ModelIndex>();

/** Lookup tables of a model, computed once per model object. */
export function indexModel(model: KubectlModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    const resourceByName = new Map<string, ResourceInfo>();
    for (const resource of model.resources) {
      for (const name of [resource.plural, resource.singular, resource.kind.toLowerCase(), ...resource.short]) {
        resourceByName.set(name, resource);
      }
    }
    const anyFlag = new Map<string, FlagInfo>();
    for (const flag of [...model.globalFlags, ...Object.values(model.verbs).flatMap((verb) => verb.flags)]) {
      for (const name of flag.names) if (!anyFlag.has(name)) anyFlag.set(name, flag);
    }
    index = { model, resourceByName, anyFlag };
    indexes.set(model, index);
  }
  return index;
}

/** `svc`, `Services`, `deployments.apps` -> the resource type. */
export function findResourceType(model: KubectlModel, word: string): ResourceInfo | undefined {
  return indexModel(model).resourceByName.get(word.toLowerCase().split('.')[0] ?? '');
}

/** The flag a verb (or every verb) knows by this spelling. */
export function findFlag(model: KubectlModel, verb: VerbInfo | undefined, name: string): FlagInfo | undefined {
  const own = verb?.flags.find((flag) => flag.names.includes(name));
  if (own) return own;
  const global = model.globalFlags.find((flag) => flag.names.includes(name));
  if (global || verb) return global;
  return indexModel(model).anyFlag.get(name);
}

/** The verb at a path; own keys only (a typed `toString` is not a verb). */
export function verbAt(model: KubectlModel, path: string): VerbInfo | undefined {
  return Object.hasOwn(model.verbs, path) ? model.verbs[path] : undefined;
}

/** `create` + `cm` -> `create configmap`, `top` + `pods` -> `top pod`: sub-verbs named by a resource type. */
function subVerb(model: KubectlModel, verbPath: string, word: string): VerbInfo | undefined {
  const exact = verbAt(model, verbPath ? `${verbPath} ${word}` : word);
  if (exact || !verbPath) return exact;
  const type = findResourceType(model, word);
  return type ? verbAt(model, `${verbPath} ${type.singular}`) : undefined;
}

/**
 * Reads the words of one kubectl command (`kubectl` or `k` first, shell quoting already removed, no `|`).
 * Returns undefined when the first word is not kubectl.
 */
export function parseWords(model: KubectlModel, words: readonly string[]): ParsedCommand | undefined {
  if (words[0] !== 'kubectl' && words[0] !== 'k') return undefined;
  const out: ParsedWord[] = [{ text: words[0], role: 'kubectl' }];
  const flags: ParsedFlag[] = [];
  const positional: number[] = [];
  let verbPath = '';
  let verbDone = false;
  let afterDashDash: string[] | undefined;
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const verb = verbPath ? verbAt(model, verbPath) : undefined;
    if (word === '--') {
      out.push({ text: word, role: 'dashdash' });
      afterDashDash = words.slice(i + 1);
      for (const rest of afterDashDash) out.push({ text: rest, role: 'after-dashdash' });
      break;
    }
    if (word.startsWith('-') && word.length > 1 && !/^-\d/.test(word)) {
      const eq = word.indexOf('=');
      const written = eq === -1 ? word : word.slice(0, eq);
      let flag = findFlag(model, verb, written);
      // `-it` is `-i -t`: short flags written together.
      if (!flag && eq === -1 && /^-[A-Za-z]{2,}$/.test(word)) {
        const shorts = [...word.slice(1)].map((letter) => findFlag(model, verb, `-${letter}`));
        if (shorts.every((short) => short && short.value === 'none')) {
          for (const [n, short] of shorts.entries()) flags.push({ written: `-${word[n + 1]}`, flag: short });
          out.push({ text: word, role: 'flag', flag: shorts[0] });
          continue;
        }
      }
      let value: string | undefined = eq === -1 ? undefined : word.slice(eq + 1);
      out.push({ text: word, role: flag ? 'flag' : 'unknown-flag', ...(flag ? { flag } : {}) });
      if (value === undefined && flag?.value === 'required' && i + 1 < words.length) {
        i += 1;
        value = words[i] ?? '';
        out.push({ text: value, role: 'value', flag });
      }
      flags.push({ written, ...(flag ? { flag } : {}), ...(value === undefined ? {} : { value }) });
      flag = undefined;
      continue;
    }
    const deeper = verbDone ? undefined : subVerb(model, verbPath, word);
    if (deeper) {
      verbPath = deeper.path;
      out.push({ text: word, role: 'verb' });
      if (deeper.subcommands.length === 0) verbDone = true;
      continue;
    }
    verbDone = true;
    positional.push(out.length);
    out.push({ text: word, role: 'argument' });
  }
  const verb = verbPath ? verbAt(model, verbPath) : undefined;
  let resource: ResourceInfo | undefined;
  const args: string[] = [];
  positional.forEach((at, n) => {
    const entry = out[at];
    if (!entry) return;
    const slash = entry.text.indexOf('/');
    const typeWord = slash === -1 ? entry.text : entry.text.slice(0, slash);
    const type = n === 0 || slash !== -1 ? findResourceType(model, typeWord.split(',')[0] ?? typeWord) : undefined;
    const typed = verb && (TYPED_VERBS.has(verb.path) || slash !== -1);
    if (type && typed && (n === 0 || slash !== -1)) {
      resource ??= type;
      entry.role = slash === -1 ? 'resource' : 'name';
      entry.resource = type;
      if (slash !== -1) args.push(entry.text.slice(slash + 1));
      return;
    }
    entry.role = verb && (n === 0 || resource) ? 'name' : 'argument';
    args.push(entry.text);
  });
  return {
    ...(verb ? { verb } : {}),
    ...(resource ? { resource } : {}),
    args,
    flags,
    ...(afterDashDash ? { afterDashDash } : {}),
    words: out,
  };
}
