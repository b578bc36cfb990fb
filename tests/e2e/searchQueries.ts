/**
 * What a learner types into the search box, and the section that answers it: chosen by reading the notes in
 * docs/*.mdx (never computed by the search code). `href` is the page path plus the heading anchor of the
 * section, or the page path alone when the answer is the page's introduction, before its first heading.
 */
export interface LearnerQuery {
  query: string;
  href: string;
}

export const learnerQueries: LearnerQuery[] = [
  // kubectl verbs, as the notes run them
  { query: 'kubectl port-forward', href: '/ch06-volumes#creating-shared-volumes-with-emptydir-type' },
  { query: 'port-forward', href: '/ch06-volumes#creating-shared-volumes-with-emptydir-type' },
  { query: 'cluster-info', href: '/ch08-pod-metadata-api#kubernetes-rest-api' },
  { query: 'kubectl proxy', href: '/ch08-pod-metadata-api#kubernetes-rest-api' },
  { query: 'kubectl explain', href: '/ch08-pod-metadata-api#swagger-api' },
  { query: 'rollout undo', href: '/ch09-deployments#deployments' },
  { query: 'rollout history', href: '/ch09-deployments#deployments' },
  { query: 'rollout pause', href: '/ch09-deployments#pausing-the-rollout-process' },
  { query: 'kubectl set image', href: '/ch09-deployments#deployments' },
  { query: 'kubectl patch', href: '/ch09-deployments#deployments' },
  { query: 'kubectl annotate change-cause', href: '/ch09-deployments#deployments' },
  { query: 'kubectl scale statefulset', href: '/ch10-statefulsets#discovery-using-dns-srv-records' },
  { query: 'kubectl run dnsutils', href: '/ch05-services#run-a-single-pod-with-the-dnsutils-tools-on-the-fly' },
  { query: 'kubectl get endpoints', href: '/ch05-services#service-endpoints' },
  { query: 'kubectl create configmap', href: '/ch07-configmaps-secrets#creating-config-maps' },
  { query: 'k create configmap', href: '/ch07-configmaps-secrets#creating-config-maps' },
  { query: 'create secret tls', href: '/ch05-services#enabling-https-for-an-ingress' },
  { query: 'create secret docker-registry', href: '/ch07-configmaps-secrets#image-pull-secrets' },
  { query: 'kubectl replace', href: '/ch07-configmaps-secrets#creating-a-secret' },
  { query: 'describe serviceaccount', href: '/ch12-securing-api-server#creating-service-accounts' },
  { query: 'rolling-update', href: '/ch09-deployments' },
  { query: 'componentstatuses', href: '/ch11-internals' },
  { query: 'kubectl completion', href: '/#the-k-alias' },
  // resource kinds and their short names
  { query: 'replication controller', href: '/ch04-replication-controllers#create-replication-controller' },
  { query: 'rc', href: '/ch04-replication-controllers#create-replication-controller' },
  { query: 'svc', href: '/ch05-services#get-service' },
  { query: 'ep', href: '/ch05-services#service-endpoints' },
  { query: 'nodeport', href: '/ch05-services#create-node-port' },
  { query: 'ingress', href: '/ch05-services#ingress' },
  { query: 'pv', href: '/ch06-volumes#persistent-volumes-and-pv-claims' },
  { query: 'pvc', href: '/ch06-volumes#persistent-volumes-and-pv-claims' },
  { query: 'storageclass', href: '/ch06-volumes#dynamic-pv-provisioning' },
  { query: 'cm', href: '/ch07-configmaps-secrets#creating-config-maps' },
  { query: 'imagePullSecrets', href: '/ch07-configmaps-secrets#image-pull-secrets' },
  { query: 'rs', href: '/ch09-deployments#deployments' },
  { query: 'deploy', href: '/ch09-deployments#deployments' },
  { query: 'sts', href: '/ch10-statefulsets' },
  { query: 'sa', href: '/ch12-securing-api-server#creating-service-accounts' },
  // hyphenated and camelCase terms
  { query: 'hostPath', href: '/ch06-volumes#create-a-hostpath-volume' },
  { query: 'emptyDir', href: '/ch06-volumes#creating-shared-volumes-with-emptydir-type' },
  { query: 'gitRepo', href: '/ch06-volumes#create-a-shared-volume-with-gitrepo-type' },
  { query: 'configMapKeyRef', href: '/ch07-configmaps-secrets#using-config-maps' },
  { query: 'envFrom', href: '/ch07-configmaps-secrets#using-config-maps' },
  { query: 'resourceFieldRef', href: '/ch08-pod-metadata-api#downward-api-using-env-vars' },
  { query: 'maxSurge', href: '/ch09-deployments#rolling-update-strategy---maxsurge-and-maxunavailable-properties' },
  {
    query: 'maxUnavailable',
    href: '/ch09-deployments#rolling-update-strategy---maxsurge-and-maxunavailable-properties',
  },
  { query: 'minReadySeconds', href: '/ch09-deployments#blocking-rollouts-of-bad-versions' },
  { query: 'progressDeadlineSeconds', href: '/ch09-deployments#blocking-rollouts-of-bad-versions' },
  { query: 'kube-proxy iptables', href: '/ch11-internals#service-proxy' },
  // the concepts each chapter teaches
  { query: 'readiness probe', href: '/ch05-services#readiness-probes' },
  { query: 'access modes', href: '/ch06-volumes#persistent-volumes-and-pv-claims' },
  { query: 'entrypoint cmd', href: '/ch07-configmaps-secrets#cmd-entrypoint-terminology' },
  { query: 'secrets in memory', href: '/ch07-configmaps-secrets#secrets-in-memory' },
  { query: 'downward api volume', href: '/ch08-pod-metadata-api#downward-api-volume' },
  { query: 'ambassador container', href: '/ch08-pod-metadata-api#rest-api-via-an-ambassador-container' },
  { query: 'client libraries', href: '/ch08-pod-metadata-api#rest-api-using-client-libraries' },
  { query: 'openapi', href: '/ch08-pod-metadata-api#swagger-api' },
  { query: 'headless service', href: '/ch10-statefulsets' },
  { query: 'srv records', href: '/ch10-statefulsets#discovery-using-dns-srv-records' },
  { query: 'etcd', href: '/ch11-internals#etcd' },
  { query: 'coredns', href: '/ch11-internals#cluster-dns' },
  { query: 'infrastructure container', href: '/ch11-internals#what-a-pod-actually-is' },
  { query: 'veth bridge', href: '/ch11-internals#inter-pod-networking' },
  { query: 'cni', href: '/ch11-internals#container-network-interface-cni' },
  { query: 'leader election', href: '/ch11-internals#high-availability-control-plane' },
  { query: 'mountable secrets', href: '/ch12-securing-api-server#creating-service-accounts' },
  { query: 'rbac', href: '/ch12-securing-api-server#rbac-role-based-access-control' },
];
