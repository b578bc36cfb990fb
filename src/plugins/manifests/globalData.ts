/** What the manifests plugin hands the browser as global data (read by src/components/ManifestEditor). */
export interface ManifestsGlobalData {
  /** The Kubernetes release of kubernetes-models' schemas, read at build time (src/lib/schemaKubernetes.ts). */
  schemaKubernetes?: string;
}
