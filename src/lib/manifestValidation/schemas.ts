/**
 * The Kubernetes schemas the validator knows, one loader per apiVersion and kind. Each loader is a
 * separate dynamic import, so a browser downloads the compiled schema of a kind only when a manifest of
 * that kind is validated (the bundler makes one chunk per kind, sharing the common parts such as the
 * Pod spec). The schemas are kubernetes-models' (the Kubernetes OpenAPI schemas compiled to Ajv
 * validators, reached through the model classes the package exports); nothing of them is copied here.
 *
 * The list is written out because a template-string import would make the bundler build a chunk for
 * every one of the ~850 schemas of the package. It covers every kind the manifests use and the other
 * common kinds a reader may turn one into.
 */
import type { SchemaModel } from './types';

type Loader = () => Promise<SchemaModel>;

// One line per kind, to read as a table.
// prettier-ignore
export const SCHEMAS: Readonly<Record<string, Loader>> = {
  'v1/ConfigMap': () => import(/* webpackChunkName: "k8s-configmap" */ 'kubernetes-models/v1/ConfigMap').then((m) => m.ConfigMap),
  'v1/Endpoints': () => import(/* webpackChunkName: "k8s-endpoints" */ 'kubernetes-models/v1/Endpoints').then((m) => m.Endpoints),
  'v1/LimitRange': () => import(/* webpackChunkName: "k8s-limitrange" */ 'kubernetes-models/v1/LimitRange').then((m) => m.LimitRange),
  'v1/Namespace': () => import(/* webpackChunkName: "k8s-namespace" */ 'kubernetes-models/v1/Namespace').then((m) => m.Namespace),
  'v1/PersistentVolume': () => import(/* webpackChunkName: "k8s-persistentvolume" */ 'kubernetes-models/v1/PersistentVolume').then((m) => m.PersistentVolume),
  'v1/PersistentVolumeClaim': () => import(/* webpackChunkName: "k8s-persistentvolumeclaim" */ 'kubernetes-models/v1/PersistentVolumeClaim').then((m) => m.PersistentVolumeClaim),
  'v1/Pod': () => import(/* webpackChunkName: "k8s-pod" */ 'kubernetes-models/v1/Pod').then((m) => m.Pod),
  'v1/ReplicationController': () => import(/* webpackChunkName: "k8s-replicationcontroller" */ 'kubernetes-models/v1/ReplicationController').then((m) => m.ReplicationController),
  'v1/ResourceQuota': () => import(/* webpackChunkName: "k8s-resourcequota" */ 'kubernetes-models/v1/ResourceQuota').then((m) => m.ResourceQuota),
  'v1/Secret': () => import(/* webpackChunkName: "k8s-secret" */ 'kubernetes-models/v1/Secret').then((m) => m.Secret),
  'v1/Service': () => import(/* webpackChunkName: "k8s-service" */ 'kubernetes-models/v1/Service').then((m) => m.Service),
  'v1/ServiceAccount': () => import(/* webpackChunkName: "k8s-serviceaccount" */ 'kubernetes-models/v1/ServiceAccount').then((m) => m.ServiceAccount),
  'apps/v1/DaemonSet': () => import(/* webpackChunkName: "k8s-daemonset" */ 'kubernetes-models/apps/v1/DaemonSet').then((m) => m.DaemonSet),
  'apps/v1/Deployment': () => import(/* webpackChunkName: "k8s-deployment" */ 'kubernetes-models/apps/v1/Deployment').then((m) => m.Deployment),
  'apps/v1/ReplicaSet': () => import(/* webpackChunkName: "k8s-replicaset" */ 'kubernetes-models/apps/v1/ReplicaSet').then((m) => m.ReplicaSet),
  'apps/v1/StatefulSet': () => import(/* webpackChunkName: "k8s-statefulset" */ 'kubernetes-models/apps/v1/StatefulSet').then((m) => m.StatefulSet),
  'autoscaling/v2/HorizontalPodAutoscaler': () => import(/* webpackChunkName: "k8s-horizontalpodautoscaler" */ 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler').then((m) => m.HorizontalPodAutoscaler),
  'batch/v1/CronJob': () => import(/* webpackChunkName: "k8s-cronjob" */ 'kubernetes-models/batch/v1/CronJob').then((m) => m.CronJob),
  'batch/v1/Job': () => import(/* webpackChunkName: "k8s-job" */ 'kubernetes-models/batch/v1/Job').then((m) => m.Job),
  'networking.k8s.io/v1/Ingress': () => import(/* webpackChunkName: "k8s-ingress" */ 'kubernetes-models/networking.k8s.io/v1/Ingress').then((m) => m.Ingress),
  'networking.k8s.io/v1/IngressClass': () => import(/* webpackChunkName: "k8s-ingressclass" */ 'kubernetes-models/networking.k8s.io/v1/IngressClass').then((m) => m.IngressClass),
  'networking.k8s.io/v1/NetworkPolicy': () => import(/* webpackChunkName: "k8s-networkpolicy" */ 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy').then((m) => m.NetworkPolicy),
  'policy/v1/PodDisruptionBudget': () => import(/* webpackChunkName: "k8s-poddisruptionbudget" */ 'kubernetes-models/policy/v1/PodDisruptionBudget').then((m) => m.PodDisruptionBudget),
  'rbac.authorization.k8s.io/v1/ClusterRole': () => import(/* webpackChunkName: "k8s-clusterrole" */ 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole').then((m) => m.ClusterRole),
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': () => import(/* webpackChunkName: "k8s-clusterrolebinding" */ 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding').then((m) => m.ClusterRoleBinding),
  'rbac.authorization.k8s.io/v1/Role': () => import(/* webpackChunkName: "k8s-role" */ 'kubernetes-models/rbac.authorization.k8s.io/v1/Role').then((m) => m.Role),
  'rbac.authorization.k8s.io/v1/RoleBinding': () => import(/* webpackChunkName: "k8s-rolebinding" */ 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding').then((m) => m.RoleBinding),
  'storage.k8s.io/v1/StorageClass': () => import(/* webpackChunkName: "k8s-storageclass" */ 'kubernetes-models/storage.k8s.io/v1/StorageClass').then((m) => m.StorageClass),
};

/** The loader for an apiVersion and kind, or undefined when the validator has no schema for it. */
export function schemaLoader(apiVersion: string, kind: string): Loader | undefined {
  return Object.hasOwn(SCHEMAS, `${apiVersion}/${kind}`) ? SCHEMAS[`${apiVersion}/${kind}`] : undefined;
}

/** The apiVersion that serves a kind (`Deployment` -> `apps/v1`), or undefined for a kind not listed. */
export function servedVersionOf(kind: string): string | undefined {
  const key = Object.keys(SCHEMAS).find((candidate) => candidate.endsWith(`/${kind}`));
  return key?.slice(0, -kind.length - 1);
}
