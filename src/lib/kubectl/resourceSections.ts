/**
 * The section of the notes that teaches each resource kind, for the explanation of a resource type in a
 * command (`kubectl get rc` -> the ReplicationController section). Hand-kept; a site test
 * (tests/site/command-words.test.ts) checks that every page and anchor exists in the build.
 */
export interface SectionLink {
  href: string;
  /** What the link says: the page and section. */
  label: string;
}

export const RESOURCE_SECTIONS: Readonly<Record<string, SectionLink>> = {
  ReplicationController: {
    href: '/ch04-replication-controllers#create-replication-controller',
    label: 'Ch. 4, Create replication controller',
  },
  ReplicaSet: { href: '/ch04-replication-controllers', label: 'Ch. 4, Replication controllers' },
  Service: { href: '/ch05-services#services', label: 'Ch. 5, Services' },
  Endpoints: { href: '/ch05-services#service-endpoints', label: 'Ch. 5, Service Endpoints' },
  EndpointSlice: { href: '/ch05-services#service-endpoints', label: 'Ch. 5, Service Endpoints' },
  Ingress: { href: '/ch05-services#ingress', label: 'Ch. 5, Ingress' },
  PersistentVolume: {
    href: '/ch06-volumes#persistent-volumes-and-pv-claims',
    label: 'Ch. 6, Persistent Volumes (and PV Claims)',
  },
  PersistentVolumeClaim: {
    href: '/ch06-volumes#persistent-volumes-and-pv-claims',
    label: 'Ch. 6, Persistent Volumes (and PV Claims)',
  },
  StorageClass: { href: '/ch06-volumes#dynamic-pv-provisioning', label: 'Ch. 6, Dynamic PV Provisioning' },
  ConfigMap: { href: '/ch07-configmaps-secrets#config-maps', label: 'Ch. 7, Config Maps' },
  Secret: { href: '/ch07-configmaps-secrets#secrets', label: 'Ch. 7, Secrets' },
  Deployment: { href: '/ch09-deployments#deployments', label: 'Ch. 9, Deployments' },
  StatefulSet: { href: '/ch10-statefulsets', label: 'Ch. 10, StatefulSets' },
  Pod: { href: '/ch11-internals#what-a-pod-actually-is', label: 'Ch. 11, What a “Pod” actually is' },
  ServiceAccount: {
    href: '/ch12-securing-api-server#creating-service-accounts',
    label: 'Ch. 12, Creating Service Accounts',
  },
  Role: { href: '/ch12-securing-api-server#rbac-role-based-access-control', label: 'Ch. 12, RBAC' },
  ClusterRole: { href: '/ch12-securing-api-server#rbac-role-based-access-control', label: 'Ch. 12, RBAC' },
  RoleBinding: { href: '/ch12-securing-api-server#rbac-role-based-access-control', label: 'Ch. 12, RBAC' },
  ClusterRoleBinding: {
    href: '/ch12-securing-api-server#rbac-role-based-access-control',
    label: 'Ch. 12, RBAC',
  },
};

/** Where the notes explain the `k` alias, and what changed in kubectl since the book. */
export const ALIAS_SECTION: SectionLink = { href: '/#the-k-alias', label: 'The k alias' };
export const CHANGES_SECTION: SectionLink = { href: '/changes', label: 'What changed since the book' };
