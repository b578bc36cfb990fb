/**
 * Bundle splitting for a small docs site with Mermaid.
 *
 * Docusaurus puts every module that more than half of all chunks use into one `common` chunk that
 * every page loads. It counts Mermaid's lazy chunks too: each diagram type is one, and nearly all of
 * them import the diagram parser (langium + chevrotain), so with a dozen pages the parser, about
 * 110 KiB gzip, landed in `common` and was downloaded and parsed on every page, diagram or not.
 * Here only named chunks (the app's entry and the route chunks Docusaurus names) vote for `common`;
 * Mermaid's unnamed lazy chunks keep their modules to themselves, loaded with the first diagram.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** Docusaurus' viewport-prefetch helper, replaced by ./noPrefetch.ts. */
const PREFETCH_MODULE = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/;

interface ChunkLike {
  name?: string | null;
}

interface CacheGroup {
  chunks?: unknown;
  [key: string]: unknown;
}

export default function perfPlugin(): Plugin {
  return {
    name: 'kia-perf',
    configureWebpack(config, isServer, { currentBundler }) {
      // Both bundles: the server render and the browser must tokenize code blocks the same way.
      const prism = { resolve: { alias: { 'prism-react-renderer$': path.join(__dirname, 'prismReactRenderer.tsx') } } };
      if (isServer) return prism;
      // Fail loudly if Docusaurus moves the helper: the replacement would silently stop applying.
      if (!PREFETCH_MODULE.test(require.resolve('@docusaurus/core/lib/client/prefetch.js'))) {
        throw new Error('kia-perf: @docusaurus/core/lib/client/prefetch.js not found');
      }
      const splitChunks = config.optimization?.splitChunks;
      const common = splitChunks ? (splitChunks.cacheGroups?.common as CacheGroup | undefined) : undefined;
      if (!common) {
        // Docusaurus changed its splitting: the assumption above must be looked at again.
        throw new Error('kia-perf: no `common` cache group in the Docusaurus client config');
      }
      common.chunks = (chunk: ChunkLike) => typeof chunk.name === 'string' && chunk.name.length > 0;
      return {
        ...prism,
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            PREFETCH_MODULE,
            path.join(__dirname, 'noPrefetch.ts'),
          ),
        ],
      };
    },
  };
}
