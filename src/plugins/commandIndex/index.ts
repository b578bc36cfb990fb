/**
 * Docusaurus plugin for the kubectl command index at /commands: the data is computed at build time from the
 * chapter sources (src/lib/notesCommandIndex.ts), never copied by hand, and reaches the page as a JSON module,
 * so the whole index is in the static HTML.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { optionsValidator } from '../options';
import { loadPages } from '../../lib/build/content';
import { buildCommandIndex, type CommandIndexData } from '../../lib/notesCommandIndex';

export interface CommandIndexPluginOptions {
  id?: string;
  docsDir: string;
  /** Route of the index page. */
  routePath: string;
}

export default function commandIndexPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  // Already checked against optionsSchema below.
  const { docsDir, routePath } = rawOptions as CommandIndexPluginOptions;
  return {
    name: 'kia-command-index',

    getPathsToWatch() {
      return [path.join(docsDir, '**/*.{md,mdx}')];
    },

    async loadContent() {
      return buildCommandIndex(loadPages(docsDir));
    },

    async contentLoaded({ content, actions }) {
      // Plugin modules in the config are typed with unknown content; this is what loadContent returned.
      const index = content as CommandIndexData;
      const indexPath = await actions.createData('command-index.json', JSON.stringify(index));
      actions.addRoute({
        path: path.posix.join(context.baseUrl, routePath),
        component: '@site/src/components/CommandIndex',
        exact: true,
        modules: { index: indexPath },
      });
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
