/** A kubectl command line read as kubectl reads it: verb, resource type, arguments and flags. */
import { canonicalResource } from '../kubectlResources';
import { kubectlModel } from '../kubectl/model';
import { parseWords } from '../kubectl/parse';
import { shellWords } from './shellWords';
import { CREATE_SUBCOMMANDS, POD_VERBS, STANDALONE_VERBS, TYPED_VERBS, TYPE_ONLY_VERBS } from './verbs';

/** kubectl flags that take the next word as their value when written without `=` (from the kubectl model). */
export const VALUE_FLAGS: ReadonlySet<string> = new Set(
  [...kubectlModel().globalFlags, ...Object.values(kubectlModel().verbs).flatMap((verb) => verb.flags)]
    .filter((flag) => flag.value === 'required')
    .flatMap((flag) => flag.names),
);

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

const isFileFlag = (flag: string) => flag === '-f' || flag === '--filename' || flag === '-k' || flag === '--kustomize';

/** The words of the first command of a pipeline: `kubectl get pods -o yaml | grep x` -> kubectl's words. */
function kubectlWords(command: string): string[] {
  const words = shellWords(command);
  const pipe = words.indexOf('|');
  return pipe === -1 ? words : words.slice(0, pipe);
}

/** Splits a kubectl command line into verb, resource type, arguments and flags. */
export function parseKubectl(command: string): KubectlCommand | undefined {
  const words = kubectlWords(command);
  // The model decides which word is a flag and which flag takes the next word as its value (per verb).
  const read = parseWords(kubectlModel(), words);
  if (!read) return undefined;
  const positional = read.words
    .filter(
      (word) => word.role === 'verb' || word.role === 'resource' || word.role === 'name' || word.role === 'argument',
    )
    .map((word) => word.text);
  const flags = read.words
    .filter((word) => word.role === 'flag' || word.role === 'unknown-flag')
    .map((word) => word.text.split('=')[0] ?? word.text);
  const dashDash = read.afterDashDash !== undefined;
  const [first, second, third] = positional;
  if (first === undefined) return undefined;
  let verb = first;
  let rest = positional.slice(1);
  let resource: string | undefined;
  const typeOf = (word: string | undefined) =>
    word === undefined ? undefined : canonicalResource(word.split('/')[0] ?? word);
  // `deployment/kubia` names the object in the same word as its type.
  const nameIn = (word: string | undefined) => (word?.includes('/') ? [word.slice(word.indexOf('/') + 1)] : []);
  if ((first === 'create' || first === 'apply' || first === 'replace') && rest.length === 0 && flags.some(isFileFlag)) {
    verb = `${first} -f`;
  } else if (first === 'create' && second !== undefined && CREATE_SUBCOMMANDS.has(second)) {
    resource = second === 'token' ? 'serviceaccounts' : canonicalResource(second);
    if ((second === 'secret' || second === 'service' || second === 'svc') && third !== undefined) {
      verb = `create ${second === 'svc' ? 'service' : second} ${third}`;
      rest = positional.slice(3);
    } else {
      verb = `create ${resource === 'configmaps' ? 'configmap' : second === 'sa' ? 'serviceaccount' : second}`;
      rest = positional.slice(2);
    }
  } else if (first === 'rollout' || first === 'set') {
    verb = second === undefined ? first : `${first} ${second}`;
    resource = typeOf(third);
    rest = [...nameIn(third), ...positional.slice(3)];
  } else if (first === 'config' || first === 'auth' || first === 'certificate' || first === 'plugin') {
    verb = second === undefined ? first : `${first} ${second}`;
    rest = positional.slice(2);
  } else if (TYPED_VERBS.has(first)) {
    resource = second
      ?.split(',')
      .map((part) => typeOf(part))
      .join(',');
    rest = [...nameIn(second), ...positional.slice(2)];
  } else if (POD_VERBS.has(first)) {
    resource = second?.includes('/') ? typeOf(second) : 'pods';
  } else if (first === 'rolling-update') {
    resource = 'replicationcontrollers';
  }
  return { verb, resource, args: rest, flags, dashDash };
}

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
