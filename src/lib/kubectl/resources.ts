/**
 * Resource types for the kubectl model: names and short names from kubectl's documented table
 * (src/lib/kubectlResources.ts, as `kubectl api-resources` prints them), group and version from the API
 * schemas the manifest validator uses (kubernetes-models, src/lib/manifestValidation/schemas.ts).
 */
import { RESOURCES } from '../kubectlResources';
import { SCHEMAS } from '../manifestValidation/schemas';
import type { ResourceInfo } from './types';

/** Kinds the validator has no schema for, with the group/version `kubectl api-resources` prints. */
const NOT_IN_SCHEMAS: Record<string, string> = {
  Node: 'v1',
  ComponentStatus: 'v1',
  Event: 'v1',
  EndpointSlice: 'discovery.k8s.io/v1',
  Lease: 'coordination.k8s.io/v1',
  CustomResourceDefinition: 'apiextensions.k8s.io/v1',
};

export function resourceTypes(): ResourceInfo[] {
  const apiVersionOf = new Map(
    Object.keys(SCHEMAS).map((key) => [key.slice(key.lastIndexOf('/') + 1), key.slice(0, key.lastIndexOf('/'))]),
  );
  return RESOURCES.map((resource) => {
    const apiVersion = apiVersionOf.get(resource.kind) ?? NOT_IN_SCHEMAS[resource.kind];
    if (!apiVersion) throw new Error(`kubectl resources: no API version known for ${resource.kind}`);
    const slash = apiVersion.lastIndexOf('/');
    return {
      plural: resource.plural,
      singular: resource.singular,
      kind: resource.kind,
      short: resource.short,
      group: slash === -1 ? '' : apiVersion.slice(0, slash),
      version: slash === -1 ? apiVersion : apiVersion.slice(slash + 1),
      namespaced: resource.namespaced,
    };
  });
}
