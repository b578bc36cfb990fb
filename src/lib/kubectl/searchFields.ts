/**
 * What the command index's find box matches a kubectl command on, computed at build from the model: the
 * verb, its description and task words, the resource type's names, and the meaning of each flag used.
 */
import { shellWords } from '../commands/shellWords';
import { kubectlModel } from './model';
import { parseWords } from './parse';
import { TASK_WORDS } from './tasks';

export interface SearchFields {
  /** `rollout undo` */
  verb: string;
  /** The verb's description and task words. */
  verbText: string;
  /** The resource type's kind and names (`Service services service svc`). */
  resourceText: string;
  /** The flags' names, descriptions and task words. */
  detailText: string;
}

/** The words of the first command of a pipeline. */
function firstCommand(command: string): string[] {
  const words = shellWords(command);
  const end = words.findIndex((word) => word === '|' || word === '&&' || word === ';' || word === '||');
  return end === -1 ? words : words.slice(0, end);
}

export function searchFieldsOf(command: string): SearchFields | undefined {
  const model = kubectlModel();
  const parsed = parseWords(model, firstCommand(command));
  if (!parsed?.verb) return undefined;
  const verb = parsed.verb.path;
  const resource = parsed.resource;
  const flagParts = parsed.flags.flatMap((entry) =>
    entry.flag
      ? [entry.flag.names.join(' '), entry.flag.description, ...entry.flag.names.map((name) => TASK_WORDS[name] ?? '')]
      : [entry.written],
  );
  return {
    verb,
    verbText: [parsed.verb.description, TASK_WORDS[verb] ?? ''].join(' ').trim(),
    resourceText: resource
      ? `${resource.kind} ${resource.plural} ${resource.singular} ${resource.short.join(' ')}`
      : '',
    detailText: flagParts.join(' ').replace(/\s+/g, ' ').trim(),
  };
}

/** kubectl's top-level verbs with their descriptions (for the verbs the notes never run). */
export function verbDescriptions(): { verb: string; description: string; terms: string }[] {
  const model = kubectlModel();
  return Object.values(model.verbs)
    .filter((verb) => !verb.path.includes(' ') && verb.path !== 'alpha')
    .map((verb) => ({
      verb: verb.path,
      description: verb.description,
      terms: TASK_WORDS[verb.path] ?? '',
    }));
}
