/**
 * Code highlighting and prefetching (see ./prismReactRenderer.tsx and ./noPrefetch.ts): to be renamed
 * and measured in the one-model issue.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** Docusaurus' viewport-prefetch helper, replaced by ./noPrefetch.ts. */
const PREFETCH_MODULE = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/;

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
