/**
 * API versions that Kubernetes used to serve and has removed, from the Kubernetes deprecated API
 * migration guide: the release that stopped serving each one and the version to use instead. A
 * manifest written for an older cluster (as the book's were) fails with `no matches for kind` on a
 * current one; the validator says what to write instead.
 */

interface RemovedApi {
  /** Kubernetes release that no longer serves it. */
  removedIn: string;
  /** Kind -> the apiVersion to use now; `*` for every kind of the version. */
  use: Record<string, string>;
}

const REMOVED: Readonly<Record<string, RemovedApi>> = {
  'extensions/v1beta1': {
    removedIn: '1.16',
    use: {
      Deployment: 'apps/v1',
      DaemonSet: 'apps/v1',
      ReplicaSet: 'apps/v1',
      NetworkPolicy: 'networking.k8s.io/v1',
      // Served until 1.22 (see removedInFor below).
      Ingress: 'networking.k8s.io/v1',
    },
  },
  'apps/v1beta1': { removedIn: '1.16', use: { '*': 'apps/v1' } },
  'apps/v1beta2': { removedIn: '1.16', use: { '*': 'apps/v1' } },
  'networking.k8s.io/v1beta1': { removedIn: '1.22', use: { '*': 'networking.k8s.io/v1' } },
  'storage.k8s.io/v1beta1': { removedIn: '1.22', use: { '*': 'storage.k8s.io/v1' } },
  'rbac.authorization.k8s.io/v1beta1': { removedIn: '1.22', use: { '*': 'rbac.authorization.k8s.io/v1' } },
  'scheduling.k8s.io/v1beta1': { removedIn: '1.22', use: { '*': 'scheduling.k8s.io/v1' } },
  'apiextensions.k8s.io/v1beta1': { removedIn: '1.22', use: { '*': 'apiextensions.k8s.io/v1' } },
  'admissionregistration.k8s.io/v1beta1': { removedIn: '1.22', use: { '*': 'admissionregistration.k8s.io/v1' } },
  'coordination.k8s.io/v1beta1': { removedIn: '1.22', use: { '*': 'coordination.k8s.io/v1' } },
  'certificates.k8s.io/v1beta1': { removedIn: '1.22', use: { '*': 'certificates.k8s.io/v1' } },
  'batch/v1beta1': { removedIn: '1.25', use: { '*': 'batch/v1' } },
  'policy/v1beta1': { removedIn: '1.25', use: { PodDisruptionBudget: 'policy/v1' } },
  'discovery.k8s.io/v1beta1': { removedIn: '1.25', use: { '*': 'discovery.k8s.io/v1' } },
  'events.k8s.io/v1beta1': { removedIn: '1.25', use: { '*': 'events.k8s.io/v1' } },
  'node.k8s.io/v1beta1': { removedIn: '1.25', use: { '*': 'node.k8s.io/v1' } },
  'autoscaling/v2beta1': { removedIn: '1.25', use: { '*': 'autoscaling/v2' } },
  'autoscaling/v2beta2': { removedIn: '1.26', use: { '*': 'autoscaling/v2' } },
};

/** extensions/v1beta1 lost its kinds in two steps. */
const REMOVED_IN_FOR: Readonly<Record<string, string>> = { 'extensions/v1beta1/Ingress': '1.22' };

export interface RemovedApiAdvice {
  removedIn: string;
  /** The apiVersion to use instead. */
  use: string;
}

/** Advice for an apiVersion and kind that Kubernetes no longer serves; undefined when it is not one. */
export function removedApi(apiVersion: string, kind: string): RemovedApiAdvice | undefined {
  const removed = Object.hasOwn(REMOVED, apiVersion) ? REMOVED[apiVersion] : undefined;
  // A kind the version never served (extensions/v1beta1 Pod) is a wrong version, not a removed one.
  const use = removed ? (removed.use[kind] ?? removed.use['*']) : undefined;
  if (!removed || !use) return undefined;
  return { removedIn: REMOVED_IN_FOR[`${apiVersion}/${kind}`] ?? removed.removedIn, use };
}

/** `extensions/v1beta1 Ingress is no longer served (removed in Kubernetes 1.22): use apiVersion networking.k8s.io/v1`. */
export function removedApiMessage(apiVersion: string, kind: string, advice: RemovedApiAdvice): string {
  return `${apiVersion} ${kind} is no longer served (removed in Kubernetes ${advice.removedIn}): use apiVersion ${advice.use}`;
}
