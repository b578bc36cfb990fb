/**
 * Validates a Kubernetes object against the schema of the API version it names, using kubernetes-models
 * (the OpenAPI schemas of Kubernetes compiled to validators), and also rejects unknown fields.
 *
 * kubernetes-models accepts unknown fields (the Kubernetes schemas do not say additionalProperties:
 * false), so a typo such as `contianers` would pass. The compiled validators read exactly the
 * properties their schema defines, so we hand them a Proxy that records every property they read: a
 * field the validator never looked at is a field the schema does not know. No copy of the schema is
 * kept here, so the check follows the pinned kubernetes-models version.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ModelClass {
  prototype: { validate(this: unknown): void };
}

/** `apps/v1` + `Deployment` -> the kubernetes-models class, or undefined when no such API is served. */
export function modelFor(apiVersion: string, kind: string): ModelClass | undefined {
  if (!/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(apiVersion)) return undefined;
  try {
    const models = require(`kubernetes-models/${apiVersion}`) as Record<string, ModelClass>;
    return models[kind];
  } catch {
    return undefined;
  }
}

type Accessed = Map<string, Set<string>>;

function recordReads(value: unknown, path: string, accessed: Accessed): unknown {
  if (value === null || typeof value !== 'object') return value;
  const seen = accessed.get(path) ?? new Set<string>();
  accessed.set(path, seen);
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !Object.hasOwn(target, key)) return child;
      seen.add(key);
      return recordReads(child, `${path}/${key}`, accessed);
    },
    has(target, key) {
      if (typeof key === 'string') seen.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      // The validator enumerates a map (labels, data, annotations): every key of it is allowed.
      for (const key of Object.keys(target)) seen.add(key);
      return Reflect.ownKeys(target);
    },
  });
}

function unknownFields(value: unknown, path: string, accessed: Accessed, found: string[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => unknownFields(item, `${path}/${index}`, accessed, found));
    return;
  }
  const seen = accessed.get(path);
  for (const [key, child] of Object.entries(value)) {
    if (!seen?.has(key)) found.push(`${path}/${key}`);
    else unknownFields(child, `${path}/${key}`, accessed, found);
  }
}

/** Problems with one object, each naming the field (JSON pointer, e.g. `/spec/template/spec/contianers`). */
export function validateKubernetesObject(object: unknown): string[] {
  const record = (object ?? {}) as Record<string, unknown>;
  const apiVersion = String(record.apiVersion ?? '');
  const kind = String(record.kind ?? '');
  // Beta and alpha APIs come and go (extensions/v1beta1 and apps/v1beta1 are gone): the notes' manifests
  // must run on any current cluster, so only GA versions are accepted.
  if (!/^([a-z0-9.-]+\/)?v\d+$/.test(apiVersion)) return [`${apiVersion}/${kind}: not a GA API version`];
  const model = modelFor(apiVersion, kind);
  if (!model) return [`${apiVersion}/${kind}: not an API kind that kubernetes-models knows`];
  const accessed: Accessed = new Map();
  const problems: string[] = [];
  try {
    model.prototype.validate.call(recordReads(object, '', accessed));
  } catch (error) {
    problems.push(`schema: ${(error as Error).message}`);
  }
  const unknown: string[] = [];
  unknownFields(object, '', accessed, unknown);
  problems.push(...unknown.map((field) => `unknown field ${field}`));
  return problems;
}
