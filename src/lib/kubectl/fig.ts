/**
 * Reads @withfig/autocomplete's kubectl spec (a maintained, machine-readable description of kubectl's
 * subcommands and options) into the model's shape, as it is: corrections are overrides.ts's job. Build only
 * (Node): the spec never reaches the browser.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FlagInfo, VerbInfo } from './types';

interface FigOption {
  name: string | string[];
  description?: string;
  args?: { suggestions?: (string | { name: string })[] } | unknown[];
  requiresSeparator?: boolean;
  isPersistent?: boolean;
}

interface FigCommand {
  name: string | string[];
  description?: string;
  subcommands?: FigCommand[];
  options?: FigOption[];
}

const names = (name: string | string[]) => (Array.isArray(name) ? name : [name]);

/** One-line description: the spec's first sentence, without a trailing period. */
function firstSentence(text: string | undefined): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  // A period ends the sentence, but not the one of "i.e." or "e.g." inside it.
  const end = clean.search(/(?<!\b(?:i\.e|e\.g|etc))\.(\s|$)/);
  return (end === -1 ? clean : clean.slice(0, end)).trim();
}

function flagOf(option: FigOption): FlagInfo {
  const args = Array.isArray(option.args) ? option.args[0] : option.args;
  const suggestions = (args as { suggestions?: (string | { name: string })[] } | undefined)?.suggestions;
  const flag: FlagInfo = {
    names: [...names(option.name)].sort((a, b) => a.length - b.length),
    description: firstSentence(option.description),
    value: option.args ? 'required' : 'none',
  };
  // "Defaults to 10", "If unset, defaults to ...": kubectl's help states some defaults only in the text.
  const stated = /\b[Dd]efaults? (?:to|is) ([^.;]+)/.exec((option.description ?? '').replace(/\s+/g, ' '));
  if (stated?.[1]) flag.default = stated[1].trim();
  if (suggestions?.length) flag.values = suggestions.map((entry) => (typeof entry === 'string' ? entry : entry.name));
  return flag;
}

/** The spec as loaded from node_modules (an ES module; Node 22+ requires it synchronously). */
export function loadFigSpec(): FigCommand {
  const load = createRequire(path.join(process.cwd(), 'package.json'));
  // The package exports only its index; the kubectl spec is a file beside it.
  const { resolve } = load;
  const file = path.join(path.dirname(resolve('@withfig/autocomplete')), 'kubectl.js');
  const loaded = load(file) as { default?: FigCommand };
  if (!loaded.default?.subcommands) throw new Error(`${file}: no kubectl spec (subcommands) found`);
  return loaded.default;
}

/** Every verb path of the spec (`get`, `rollout undo`...) with its flags, and the root's persistent flags. */
export function verbsFromFig(spec: FigCommand): { verbs: Record<string, VerbInfo>; globalFlags: FlagInfo[] } {
  const verbs: Record<string, VerbInfo> = {};
  const walk = (command: FigCommand, prefix: string) => {
    for (const name of names(command.name)) {
      const verbPath = prefix ? `${prefix} ${name}` : name;
      verbs[verbPath] = {
        path: verbPath,
        description: firstSentence(command.description),
        subcommands: (command.subcommands ?? []).flatMap((sub) => names(sub.name)),
        flags: (command.options ?? []).map(flagOf),
      };
      for (const sub of command.subcommands ?? []) walk(sub, verbPath);
    }
  };
  for (const command of spec.subcommands ?? []) walk(command, '');
  return { verbs, globalFlags: (spec.options ?? []).map(flagOf) };
}
