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
}

export const RESOURCES: readonly ResourceNames[] = [
  { plural: 'pods', singular: 'pod', kind: 'Pod', short: ['po'] },
  { plural: 'services', singular: 'service', kind: 'Service', short: ['svc'] },
  { plural: 'endpoints', singular: 'endpoint', kind: 'Endpoints', short: ['ep'] },
  { plural: 'endpointslices', singular: 'endpointslice', kind: 'EndpointSlice', short: [] },
  { plural: 'configmaps', singular: 'configmap', kind: 'ConfigMap', short: ['cm'] },
  { plural: 'secrets', singular: 'secret', kind: 'Secret', short: [] },
  { plural: 'namespaces', singular: 'namespace', kind: 'Namespace', short: ['ns'] },
  { plural: 'nodes', singular: 'node', kind: 'Node', short: ['no'] },
  { plural: 'persistentvolumes', singular: 'persistentvolume', kind: 'PersistentVolume', short: ['pv'] },
  {
    plural: 'persistentvolumeclaims',
    singular: 'persistentvolumeclaim',
    kind: 'PersistentVolumeClaim',
    short: ['pvc'],
  },
  { plural: 'storageclasses', singular: 'storageclass', kind: 'StorageClass', short: ['sc'] },
  {
    plural: 'replicationcontrollers',
    singular: 'replicationcontroller',
    kind: 'ReplicationController',
    short: ['rc'],
  },
  { plural: 'replicasets', singular: 'replicaset', kind: 'ReplicaSet', short: ['rs'] },
  { plural: 'deployments', singular: 'deployment', kind: 'Deployment', short: ['deploy'] },
  { plural: 'statefulsets', singular: 'statefulset', kind: 'StatefulSet', short: ['sts'] },
  { plural: 'daemonsets', singular: 'daemonset', kind: 'DaemonSet', short: ['ds'] },
  { plural: 'jobs', singular: 'job', kind: 'Job', short: [] },
  { plural: 'cronjobs', singular: 'cronjob', kind: 'CronJob', short: ['cj'] },
  { plural: 'serviceaccounts', singular: 'serviceaccount', kind: 'ServiceAccount', short: ['sa'] },
  { plural: 'ingresses', singular: 'ingress', kind: 'Ingress', short: ['ing'] },
  { plural: 'componentstatuses', singular: 'componentstatus', kind: 'ComponentStatus', short: ['cs'] },
  { plural: 'events', singular: 'event', kind: 'Event', short: ['ev'] },
  { plural: 'roles', singular: 'role', kind: 'Role', short: [] },
  { plural: 'rolebindings', singular: 'rolebinding', kind: 'RoleBinding', short: [] },
  { plural: 'clusterroles', singular: 'clusterrole', kind: 'ClusterRole', short: [] },
  { plural: 'clusterrolebindings', singular: 'clusterrolebinding', kind: 'ClusterRoleBinding', short: [] },
  { plural: 'leases', singular: 'lease', kind: 'Lease', short: [] },
  {
    plural: 'horizontalpodautoscalers',
    singular: 'horizontalpodautoscaler',
    kind: 'HorizontalPodAutoscaler',
    short: ['hpa'],
  },
  { plural: 'networkpolicies', singular: 'networkpolicy', kind: 'NetworkPolicy', short: ['netpol'] },
  { plural: 'limitranges', singular: 'limitrange', kind: 'LimitRange', short: ['limits'] },
  { plural: 'resourcequotas', singular: 'resourcequota', kind: 'ResourceQuota', short: ['quota'] },
  {
    plural: 'poddisruptionbudgets',
    singular: 'poddisruptionbudget',
    kind: 'PodDisruptionBudget',
    short: ['pdb'],
  },
  {
    plural: 'customresourcedefinitions',
    singular: 'customresourcedefinition',
    kind: 'CustomResourceDefinition',
    short: ['crd', 'crds'],
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
