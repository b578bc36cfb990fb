/** The verbs of kubectl these notes run, grouped by what their first argument is. One list of each. */
import { kubectlModel } from '../kubectl/model';

/** kubectl's subcommands (from the kubectl model): `k` counts as the alias only when one of these follows it. */
export const KUBECTL_VERBS: ReadonlySet<string> = new Set(
  Object.keys(kubectlModel().verbs).filter((path) => !path.includes(' ')),
);

/** Verbs that act on a pod named by their first argument: the index does not repeat "pods" after them. */
export const POD_VERBS: ReadonlySet<string> = new Set(['attach', 'cp', 'debug', 'exec', 'logs', 'port-forward', 'run']);

/** Verbs whose first argument is a resource type (or `type/name`): one list with the parser's. */
export { TYPED_VERBS } from '../kubectl/typedVerbs';

/** `create <what>`: the kinds kubectl creates from flags instead of a file. */
export const CREATE_SUBCOMMANDS: ReadonlySet<string> = new Set([
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

/** Verbs that do something with no further word: `kubectl proxy`, `kubectl cluster-info`. */
export const STANDALONE_VERBS: ReadonlySet<string> = new Set([
  'proxy',
  'cluster-info',
  'version',
  'api-resources',
  'api-versions',
]);

/** Verbs that list or describe a whole type when given only the type: `kubectl get pods`. */
export const TYPE_ONLY_VERBS: ReadonlySet<string> = new Set(['get', 'describe', 'explain', 'top', 'events']);
