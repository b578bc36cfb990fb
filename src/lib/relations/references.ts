/**
 * The objects a pod spec names, with the field path that names each one: ConfigMaps, Secrets and claims
 * of its volumes (projected ones too), `env[].valueFrom` and `envFrom` of every container, image pull
 * Secrets and the ServiceAccount. Also where each kind of object keeps its pod spec and pod labels.
 */
import { labelsOf, type Labels } from './selectors';

export type ReferenceRelation =
  | 'mounts'
  | 'reads env from'
  | 'reads all env from'
  | 'pulls images with'
  | 'runs as'
  | 'routes to'
  | 'serves TLS with'
  | 'lists secret';

export interface Reference {
  kind: 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'ServiceAccount' | 'Service';
  name: string;
  relation: ReferenceRelation;
  /** Field path from the object's root, e.g. `spec.volumes[0].persistentVolumeClaim.claimName`. */
  field: string;
}

type Obj = Record<string, unknown>;

function record(value: unknown): Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {};
}

function list(value: unknown): Obj[] {
  return Array.isArray(value) ? value.map(record) : [];
}

function named(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Where a kind keeps its pod template: the path of the pod spec and of the pod labels. */
const TEMPLATE_PATHS: Record<string, string[]> = {
  Pod: [],
  ReplicationController: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

export interface PodTemplate {
  /** Path of the pod spec, e.g. `spec.template.spec` (`spec` for a bare Pod). */
  specPath: string;
  spec: Obj;
  labels: Labels;
}

/** The pod (template) an object runs, or undefined for kinds that run no pods. */
export function podTemplateOf(object: Obj): PodTemplate | undefined {
  const path = TEMPLATE_PATHS[String(object.kind)];
  if (path === undefined) return undefined;
  let template: Obj = object;
  for (const key of path) template = record(template[key]);
  return {
    specPath: [...path, 'spec'].join('.'),
    spec: record(template.spec),
    labels: labelsOf(record(template.metadata).labels),
  };
}

function volumeReferences(volumes: Obj[], at: string): Reference[] {
  const found: Reference[] = [];
  volumes.forEach((volume, i) => {
    const base = `${at}.volumes[${i}]`;
    const configMap = named(record(volume.configMap).name);
    if (configMap)
      found.push({ kind: 'ConfigMap', name: configMap, relation: 'mounts', field: `${base}.configMap.name` });
    const secret = named(record(volume.secret).secretName);
    if (secret) found.push({ kind: 'Secret', name: secret, relation: 'mounts', field: `${base}.secret.secretName` });
    const claim = named(record(volume.persistentVolumeClaim).claimName);
    if (claim) {
      found.push({
        kind: 'PersistentVolumeClaim',
        name: claim,
        relation: 'mounts',
        field: `${base}.persistentVolumeClaim.claimName`,
      });
    }
    list(record(volume.projected).sources).forEach((source, j) => {
      const from = `${base}.projected.sources[${j}]`;
      const projectedMap = named(record(source.configMap).name);
      if (projectedMap) {
        found.push({ kind: 'ConfigMap', name: projectedMap, relation: 'mounts', field: `${from}.configMap.name` });
      }
      const projectedSecret = named(record(source.secret).name);
      if (projectedSecret) {
        found.push({ kind: 'Secret', name: projectedSecret, relation: 'mounts', field: `${from}.secret.name` });
      }
    });
  });
  return found;
}

function containerReferences(containers: Obj[], at: string): Reference[] {
  const found: Reference[] = [];
  containers.forEach((container, i) => {
    const base = `${at}[${i}]`;
    list(container.env).forEach((variable, j) => {
      const valueFrom = record(variable.valueFrom);
      const configMap = named(record(valueFrom.configMapKeyRef).name);
      const field = `${base}.env[${j}].valueFrom`;
      if (configMap) {
        found.push({
          kind: 'ConfigMap',
          name: configMap,
          relation: 'reads env from',
          field: `${field}.configMapKeyRef.name`,
        });
      }
      const secret = named(record(valueFrom.secretKeyRef).name);
      if (secret) {
        found.push({ kind: 'Secret', name: secret, relation: 'reads env from', field: `${field}.secretKeyRef.name` });
      }
    });
    list(container.envFrom).forEach((source, j) => {
      const configMap = named(record(source.configMapRef).name);
      const field = `${base}.envFrom[${j}]`;
      if (configMap) {
        found.push({
          kind: 'ConfigMap',
          name: configMap,
          relation: 'reads all env from',
          field: `${field}.configMapRef.name`,
        });
      }
      const secret = named(record(source.secretRef).name);
      if (secret) {
        found.push({ kind: 'Secret', name: secret, relation: 'reads all env from', field: `${field}.secretRef.name` });
      }
    });
  });
  return found;
}

/** Every object a pod spec names; `at` is the path of the spec (`spec`, `spec.template.spec`...). */
export function podSpecReferences(spec: Obj, at: string): Reference[] {
  const found = [
    ...volumeReferences(list(spec.volumes), at),
    ...containerReferences(list(spec.initContainers), `${at}.initContainers`),
    ...containerReferences(list(spec.containers), `${at}.containers`),
    ...containerReferences(list(spec.ephemeralContainers), `${at}.ephemeralContainers`),
  ];
  list(spec.imagePullSecrets).forEach((secret, i) => {
    const name = named(secret.name);
    if (name) {
      found.push({ kind: 'Secret', name, relation: 'pulls images with', field: `${at}.imagePullSecrets[${i}].name` });
    }
  });
  const account = named(spec.serviceAccountName);
  const legacyAccount = named(spec.serviceAccount);
  if (account)
    found.push({ kind: 'ServiceAccount', name: account, relation: 'runs as', field: `${at}.serviceAccountName` });
  else if (legacyAccount) {
    found.push({ kind: 'ServiceAccount', name: legacyAccount, relation: 'runs as', field: `${at}.serviceAccount` });
  }
  return found;
}

/** An Ingress's backend Services (default backend and every rule path) and TLS Secrets. */
export function ingressReferences(object: Obj): Reference[] {
  const spec = record(object.spec);
  const found: Reference[] = [];
  const defaultService = named(record(record(spec.defaultBackend).service).name);
  if (defaultService) {
    found.push({
      kind: 'Service',
      name: defaultService,
      relation: 'routes to',
      field: 'spec.defaultBackend.service.name',
    });
  }
  list(spec.rules).forEach((rule, i) => {
    list(record(rule.http).paths).forEach((path, j) => {
      const service = named(record(record(path.backend).service).name);
      if (service) {
        found.push({
          kind: 'Service',
          name: service,
          relation: 'routes to',
          field: `spec.rules[${i}].http.paths[${j}].backend.service.name`,
        });
      }
    });
  });
  list(spec.tls).forEach((tls, i) => {
    const secret = named(tls.secretName);
    if (secret)
      found.push({ kind: 'Secret', name: secret, relation: 'serves TLS with', field: `spec.tls[${i}].secretName` });
  });
  return found;
}

/** A ServiceAccount's image pull Secrets and listed Secrets (both at the top level: it has no spec). */
export function serviceAccountReferences(object: Obj): Reference[] {
  const found: Reference[] = [];
  list(object.imagePullSecrets).forEach((secret, i) => {
    const name = named(secret.name);
    if (name) found.push({ kind: 'Secret', name, relation: 'pulls images with', field: `imagePullSecrets[${i}].name` });
  });
  list(object.secrets).forEach((secret, i) => {
    const name = named(secret.name);
    if (name) found.push({ kind: 'Secret', name, relation: 'lists secret', field: `secrets[${i}].name` });
  });
  return found;
}
