/**
 * The summary of a manifest without problems names the Kubernetes release the schemas are for: the one
 * read from the installed kubernetes-models at build time (./schemaVersion.ts, src/lib/build/schemaKubernetes.ts),
 * never a number typed by hand. It can be older than the Kubernetes the site is checked against
 * (src/data/versions.json) when the package lags; tests/content/versions.test.ts keeps that in view.
 */
export function validSummary(schemaKubernetes: string | undefined): string {
  return schemaKubernetes ? `valid for Kubernetes ${schemaKubernetes}` : 'valid';
}
