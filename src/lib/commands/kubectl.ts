/** A kubectl command line read as kubectl reads it: verb, resource type, arguments and flags. */
import { canonicalResource } from '../kubectlResources';
import { shellWords } from './shellWords';
import { CREATE_SUBCOMMANDS, POD_VERBS, STANDALONE_VERBS, TYPED_VERBS, TYPE_ONLY_VERBS } from './verbs';

/** kubectl flags that take the next word as their value when written without `=`. */
export const VALUE_FLAGS: ReadonlySet<string> = new Set([
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
