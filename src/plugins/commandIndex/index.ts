/**
 * Docusaurus plugin for the kubectl command index at /commands: the data is computed at build time from the
 * chapter sources (src/lib/notesCommandIndex.ts), never copied by hand, and reaches the page as a JSON module,
 * so the whole index is in the static HTML.
 *
 * The explained words of its rows (src/lib/notesCommandIndex.ts, commandWordsOf) are not in the page: they
 * are a static JSON file of the build, `assets/data/command-words.<hash>.json` (content-hashed, so cached for
 * good, and precached by the offline plugin like every file of the build), that the page fetches on first use.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { optionsValidator } from '../options';
import { loadPages } from '../../lib/build/content';
import {
  buildCommandIndex,
  commandWordsOf,
  type CommandIndexData,
  type CommandIndexPage,
} from '../../lib/notesCommandIndex';

export interface CommandIndexPluginOptions {
  id?: string;
  docsDir: string;
  /** Route of the index page. */
  routePath: string;
}

interface Content {
  index: CommandIndexData;
  /** The words file: its path in the build and its content. */
  words: { file: string; json: string };
}

/** The build path of the words file: named by its content, so a new build never meets an old copy. */
export function wordsFileOf(json: string): string {
  return `assets/data/command-words.${crypto.createHash('sha256').update(json).digest('hex').slice(0, 8)}.json`;
}

export default function commandIndexPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  // Already checked against optionsSchema below.
  const { docsDir, routePath } = rawOptions as CommandIndexPluginOptions;
  // The latest content, read when webpack emits (in `docusaurus start`, again after every change).
  let words: Content['words'] | undefined;
  return {
    name: 'kia-command-index',

    getPathsToWatch() {
      return [path.join(docsDir, '**/*.{md,mdx}')];
    },

    async loadContent(): Promise<Content> {
      const index = buildCommandIndex(loadPages(docsDir));
      const json = JSON.stringify(commandWordsOf(index));
      return { index, words: { file: wordsFileOf(json), json } };
    },

    async contentLoaded({ content, actions }) {
      // Plugin modules in the config are typed with unknown content; this is what loadContent returned.
      const loaded = content as Content;
      words = loaded.words;
      // The words file's address rides in the page's data (one module: each module is a line of main.js).
      const page: CommandIndexPage = { ...loaded.index, wordsUrl: path.posix.join(context.baseUrl, loaded.words.file) };
      const indexPath = await actions.createData('command-index.json', JSON.stringify(page));
      actions.addRoute({
        path: path.posix.join(context.baseUrl, routePath),
        component: '@site/src/components/CommandIndex',
        exact: true,
        modules: { index: indexPath },
      });
    },

    // The words file is an asset of the client build: webpack writes it to the build (and serves it in dev).
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const name = 'kia-command-words';
      return {
        plugins: [
          {
            apply(compiler) {
              const { Compilation, sources } = compiler.webpack;
              compiler.hooks.thisCompilation.tap(name, (compilation) => {
                compilation.hooks.processAssets.tap(
                  { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
                  () => {
                    if (words) compilation.emitAsset(words.file, new sources.RawSource(words.json));
                  },
                );
              });
            },
          },
        ],
      };
    },
  };
}

const optionsSchema = Joi.object<CommandIndexPluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().required(),
  routePath: Joi.string().default('/commands'),
});

// A plugin given to the config as a function carries its option validation as a property.
commandIndexPlugin.validateOptions = optionsValidator(optionsSchema);
