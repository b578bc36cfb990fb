/**
 * Offline reading: @docusaurus/plugin-pwa, wrapped so that
 * - offline mode is on in every browser tab, not only in an installed app (./client/register.ts registers
 *   the worker and shows the reload prompt; ./sw.js answers page loads from the precache);
 * - the precache is the whole build: every page, chunk, diagram render, the search index,
 *   icons and raw manifests (./precache.ts), with an offline page for anything else (./offlinePage.ts);
 * - the build fails instead of shipping a precache with a hole: a file Workbox would drop for its
 *   size, or a file a build step wrote (the search index) missing from the precache.
 *
 * Files written after the build (the search index) come from `steps`, which this postBuild runs in order
 * before Workbox lists the build folder: Docusaurus runs the postBuild hooks of all plugins at the same
 * time, so a step run by another plugin's postBuild could not be ordered without waiting for its files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PluginOptions } from '@docusaurus/plugin-pwa';
// The package's types declare only its options; the plugin function's types are in lib/.
import pluginPWA from '@docusaurus/plugin-pwa/lib/index.js';
import { OFFLINE_PAGE, writeOfflinePage } from './offlinePage';
import { HASHED_ASSET, addMissingFiles, failOnOversizedFiles, readPrecacheManifest, requireEntries } from './precache';

/** Work done on the built site before the precache is listed, such as writing the search index. */
export interface BuildStep {
  /** Shown in errors and logs. */
  name: string;
  /** Returns the files it wrote, relative to outDir: each must be in the precache. */
  run(outDir: string, baseUrl: string): Promise<string[]>;
}

export interface OfflinePluginOptions {
  id?: string;
  /** Head tags for the web app manifest, theme colour and icons (the plugin's `pwaHead`). */
  pwaHead?: PluginOptions['pwaHead'];
  /** Run in this order after the build, before the precache is listed. */
  steps?: BuildStep[];
}

export default function offlinePlugin(context: LoadContext, rawOptions: unknown): Plugin | null {
  // Plugins given to the config as functions receive their options untyped.
  const options = (rawOptions ?? {}) as OfflinePluginOptions;
  if (options.pwaHead !== undefined && !Array.isArray(options.pwaHead)) {
    throw new Error('kia-offline: pwaHead must be an array of head tags');
  }
  const steps = options.steps ?? [];
  for (const [index, step] of steps.entries()) {
    if (typeof step?.run !== 'function' || typeof step.name !== 'string') {
      throw new Error(`kia-offline: steps[${index}] must be {name, run(outDir, baseUrl)}`);
    }
  }
  const { outDir } = context;
  // Filled in by postBuild before Workbox runs, read by the manifest transforms below.
  let requiredFiles: string[] = [];

  const pwa = pluginPWA(context, {
    debug: false,
    // Read only by the plugin's own registerSw, replaced by ./client/register.ts (always offline).
    offlineModeActivationStrategies: ['always'],
    swRegister: false,
    swCustom: path.join(__dirname, 'sw.js'),
    pwaHead: options.pwaHead ?? [],
    injectManifestConfig: {
      globDirectory: outDir,
      // The worker's own chunks (`189.sw.js`): the browser stores them with the worker.
      globIgnores: ['**/node_modules/**/*', '**/*.sw.js'],
      // Never drop a file silently: failOnOversizedFiles fails the build instead.
      maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
      dontCacheBustURLsMatching: HASHED_ASSET,
      manifestTransforms: [addMissingFiles(outDir), failOnOversizedFiles(), requireEntries(() => requiredFiles)],
      // swSrc and swDest are required by Workbox's type; the plugin always sets them to its sw.js.
    } as PluginOptions['injectManifestConfig'],
  });
  // The plugin disables itself outside production builds (no worker in `docusaurus start`).
  if (!pwa) return null;

  return {
    name: 'kia-offline',
    // Relative paths in the plugin's hooks are resolved against the plugin's folder, which for a plugin
    // given as a function is the site folder: only the hooks that need no path are kept. Its theme
    // component (the reload popup) is replaced by src/components/ReloadPrompt.
    configureWebpack: (config, isServer, utils) => pwa.configureWebpack?.(config, isServer, utils, undefined),
    injectHtmlTags: () => pwa.injectHtmlTags?.({ content: undefined }) ?? {},

    getClientModules() {
      return [path.join(__dirname, 'client', 'register.ts')];
    },

    async postBuild(props) {
      const start = Date.now();
      writeOfflinePage(props.outDir, props.routesPaths, props.siteConfig.title, props.baseUrl);
      const written: string[] = [];
      for (const step of steps) {
        const files = await step.run(props.outDir, props.baseUrl).catch((error: unknown) => {
          throw new Error(`kia-offline: build step "${step.name}" failed`, { cause: error });
        });
        written.push(...files);
      }
      requiredFiles = [OFFLINE_PAGE, 'manifest.json', ...written];
      await pwa.postBuild?.({ ...props, content: undefined });

      const manifest = readPrecacheManifest(path.join(props.outDir, 'sw.js'));
      const bytes = manifest.reduce((sum, entry) => sum + fs.statSync(path.join(props.outDir, entry.url)).size, 0);
      console.log(
        `[offline] precache: ${manifest.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MiB` +
          `${steps.map((step) => `, ${step.name}`).join('')} (${written.length} files)` +
          ` (${Date.now() - start} ms)`,
      );
    },
  };
}
