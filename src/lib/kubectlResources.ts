/**
 * The names kubectl accepts for the resource types these notes touch: plural, singular, kind and the short
 * names of `kubectl api-resources`. One table feeds the command index (so `svc`, `service` and `services`
 * group together) and the search synonyms (so a reader typing `pvc` finds "PersistentVolumeClaim").
 */

export interface ResourceNames {
  /** The canonical name: kubectl's plural, as `kubectl api-resources` prints it. */
  plural: string;
  singular: string;
  kind: string;
  /** Short names from `kubectl api-resources` (current kubectl). */
  short: string[];
  /** Whether objects of the type live in a namespace (the NAMESPACED column of `kubectl api-resources`). */
  namespaced: boolean;
}

export const RESOURCES: readonly ResourceNames[] = [
  { plural: 'pods', singular: 'pod', kind: 'Pod', short: ['po'], namespaced: true },
  { plural: 'services', singular: 'service', kind: 'Service', short: ['svc'], namespaced: true },
  { plural: 'endpoints', singular: 'endpoint', kind: 'Endpoints', short: ['ep'], namespaced: true },
  { plural: 'endpointslices', singular: 'endpointslice', kind: 'EndpointSlice', short: [], namespaced: true },
  { plural: 'configmaps', singular: 'configmap', kind: 'ConfigMap', short: ['cm'], namespaced: true },
  { plural: 'secrets', singular: 'secret', kind: 'Secret', short: [], namespaced: true },
  { plural: 'namespaces', singular: 'namespace', kind: 'Namespace', short: ['ns'], namespaced: false },
  { plural: 'nodes', singular: 'node', kind: 'Node', short: ['no'], namespaced: false },
  {
    plural: 'persistentvolumes',
    singular: 'persistentvolume',
    kind: 'PersistentVolume',
    short: ['pv'],
    namespaced: false,
  },
  {
    plural: 'persistentvolumeclaims',
    singular: 'persistentvolumeclaim',
    kind: 'PersistentVolumeClaim',
    short: ['pvc'],
    namespaced: true,
  },
  { plural: 'storageclasses', singular: 'storageclass', kind: 'StorageClass', short: ['sc'], namespaced: false },
  {
    plural: 'replicationcontrollers',
    singular: 'replicationcontroller',
    kind: 'ReplicationController',
    short: ['rc'],
    namespaced: true,
  },
  { plural: 'replicasets', singular: 'replicaset', kind: 'ReplicaSet', short: ['rs'], namespaced: true },
  { plural: 'deployments', singular: 'deployment', kind: 'Deployment', short: ['deploy'], namespaced: true },
  { plural: 'statefulsets', singular: 'statefulset', kind: 'StatefulSet', short: ['sts'], namespaced: true },
  { plural: 'daemonsets', singular: 'daemonset', kind: 'DaemonSet', short: ['ds'], namespaced: true },
  { plural: 'jobs', singular: 'job', kind: 'Job', short: [], namespaced: true },
  { plural: 'cronjobs', singular: 'cronjob', kind: 'CronJob', short: ['cj'], namespaced: true },
  { plural: 'serviceaccounts', singular: 'serviceaccount', kind: 'ServiceAccount', short: ['sa'], namespaced: true },
  { plural: 'ingresses', singular: 'ingress', kind: 'Ingress', short: ['ing'], namespaced: true },
  {
    plural: 'componentstatuses',
    singular: 'componentstatus',
    kind: 'ComponentStatus',
    short: ['cs'],
    namespaced: false,
  },
  { plural: 'events', singular: 'event', kind: 'Event', short: ['ev'], namespaced: true },
  { plural: 'roles', singular: 'role', kind: 'Role', short: [], namespaced: true },
  { plural: 'rolebindings', singular: 'rolebinding', kind: 'RoleBinding', short: [], namespaced: true },
  { plural: 'clusterroles', singular: 'clusterrole', kind: 'ClusterRole', short: [], namespaced: false },
  {
    plural: 'clusterrolebindings',
    singular: 'clusterrolebinding',
    kind: 'ClusterRoleBinding',
    short: [],
    namespaced: false,
  },
  { plural: 'leases', singular: 'lease', kind: 'Lease', short: [], namespaced: true },
  {
    plural: 'horizontalpodautoscalers',
    singular: 'horizontalpodautoscaler',
    kind: 'HorizontalPodAutoscaler',
    short: ['hpa'],
    namespaced: true,
  },
  { plural: 'networkpolicies', singular: 'networkpolicy', kind: 'NetworkPolicy', short: ['netpol'], namespaced: true },
  { plural: 'limitranges', singular: 'limitrange', kind: 'LimitRange', short: ['limits'], namespaced: true },
  { plural: 'resourcequotas', singular: 'resourcequota', kind: 'ResourceQuota', short: ['quota'], namespaced: true },
  {
    plural: 'poddisruptionbudgets',
    singular: 'poddisruptionbudget',
    kind: 'PodDisruptionBudget',
    short: ['pdb'],
    namespaced: true,
  },
  {
    plural: 'customresourcedefinitions',
    singular: 'customresourcedefinition',
    kind: 'CustomResourceDefinition',
    short: ['crd', 'crds'],
    namespaced: false,
  },
];

const BY_NAME = new Map<string, ResourceNames>();
for (const resource of RESOURCES) {
  for (const name of [resource.plural, resource.singular, resource.kind.toLowerCase(), ...resource.short]) {
    BY_NAME.set(name, resource);
  }
}

/** `svc`, `Service`, `services` -> the resource; `undefined` for a word kubectl would not take as a type. */
export function findResource(name: string): ResourceNames | undefined {
  // `deployment.apps`, `deployments.v1.apps`: the group suffix does not change the type.
  return BY_NAME.get(name.toLowerCase().split('.')[0] ?? '');
}

/** The plural kubectl prints for a type name, or the name itself lowercased when it is not a known type. */
export function canonicalResource(name: string): string {
  return findResource(name)?.plural ?? name.toLowerCase();
}

/**
 * Short names that are also everyday English words: as search synonyms they would turn every "no" into
 * "nodes" and every "limits" into "limitranges", so search leaves them out (the command index still knows them).
 */
const AMBIGUOUS_SHORT_NAMES = new Set(['no', 'limits', 'quota']);

/**
 * Groups of words that name the same thing to a reader of kubectl commands: every name of a resource type,
 * and the `k` alias of the notes with `kubectl`.
 */
export function synonymGroups(): string[][] {
  const groups: string[][] = [['k', 'kubectl']];
  for (const resource of RESOURCES) {
    const names = [
      resource.plural,
      resource.singular,
      resource.kind.toLowerCase(),
      ...resource.short.filter((name) => !AMBIGUOUS_SHORT_NAMES.has(name)),
    ];
    groups.push([...new Set(names)]);
  }
  return groups;
}
