/**
 * Bundling of the manifest editor's validator (src/lib/manifestValidation), for the browser:
 *
 * - The compiled Kubernetes schemas are one chunk per kind, loaded on demand. The parts the kinds
 *   share (object metadata, the pod spec, the validator runtime) are used by more chunks than
 *   Docusaurus' `common` cache group allows (half the number of pages), which would move them into
 *   the `common` chunk that every page loads at start. A cache group of higher priority keeps them in
 *   chunks of their own, loaded only with a schema.
 * - kubernetes-models' error messages come from ajv-i18n, which bundles every language (about 57 KiB
 *   gzip). The validator reads the errors' keyword and params, never the messages, so the browser gets
 *   a stub of it.
 */
import path from 'node:path';
import type { Configuration } from 'webpack';

/** The chunks of the editor and of the schemas (named in src/components/ManifestEditor, src/lib/manifestValidation). */
export const EDITOR_CHUNK = /^(?:manifest-editor|manifest-validation|k8s-.+)$/;

export function editorBundleConfig(isServer: boolean): Configuration {
  const alias = { 'ajv-i18n$': path.join(__dirname, 'ajv-i18n-stub.mjs') };
  if (isServer) return { resolve: { alias } };
  return {
    resolve: { alias },
    optimization: {
      splitChunks: {
        cacheGroups: {
          manifestEditor: {
            test: /[\\/]node_modules[\\/]/,
            chunks: (chunk) => EDITOR_CHUNK.test(chunk.name ?? ''),
            minChunks: 2,
            priority: 45, // above Docusaurus' `common` (40)
            reuseExistingChunk: true,
          },
        },
      },
    },
  };
}
