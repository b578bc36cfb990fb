/**
 * Which Kubernetes release the validator's schemas are for, read from the schemas themselves.
 *
 * kubernetes-models states no Kubernetes version a program can read: its README badge is stale (it
 * says 1.27.1 in 5.1.0), and the version it was generated from (1.36.0 for 5.0.0 and 5.1.0, per its
 * CHANGELOG and `first-party/kubernetes-models/scripts/generate.ts` in tommy351/kubernetes-models-ts)
 * is not in the package. What is in the package is the set of schema definitions, and some of them
 * first appear in one release: the newest such marker the package holds names the release its schema
 * is at least as new as. Pure: the caller says which definitions exist (src/lib/build/schemaKubernetes.ts
 * looks in node_modules at build time).
 */

export interface SchemaMarker {
  /** The Kubernetes minor whose OpenAPI schema first has the definition. */
  kubernetes: string;
  /** The definition's id in the OpenAPI schema. */
  definition: string;
  /** Where the release of the definition is documented. */
  source: string;
}

/** Reviewed markers, oldest first. Add one for each new release the package catches up with. */
export const SCHEMA_MARKERS: readonly SchemaMarker[] = [
  {
    // Dynamic resource allocation went GA in 1.34 with the resource.k8s.io/v1 API.
    kubernetes: '1.34',
    definition: 'io.k8s.api.resource.v1.ResourceClaim',
    source: 'https://github.com/kubernetes/enhancements/issues/4381 (KEP-4381, stable in v1.34)',
  },
  {
    // MutatingAdmissionPolicy went GA in 1.36: admissionregistration.k8s.io/v1 serves it from then.
    kubernetes: '1.36',
    definition: 'io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicy',
    source: 'https://github.com/kubernetes/enhancements/issues/3962 (KEP-3962, stable in v1.36)',
  },
];

/** kubernetes-models' file name of a definition's compiled schema: `IoK8sApiResourceV1ResourceClaim`. */
export function schemaFileName(definition: string): string {
  return definition
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
    .replace(/-/g, '');
}

/** The Kubernetes minor of the newest marker `has` finds; an error when it finds none. */
export function schemaKubernetesVersion(has: (definition: string) => boolean): string {
  const found = SCHEMA_MARKERS.filter((marker) => has(marker.definition));
  const newest = found.at(-1);
  if (!newest) {
    throw new Error(
      `No schema marker of src/lib/manifestValidation/schemaVersion.ts found in kubernetes-models ` +
        `(looked for ${SCHEMA_MARKERS.map((marker) => marker.definition).join(', ')})`,
    );
  }
  return newest.kubernetes;
}
