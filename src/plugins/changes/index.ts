/**
 * Docusaurus plugin for "What changed since the book" at /changes: every `:::changed` and `:::correction` of
 * the chapters (src/lib/changes.ts over the content model), computed at build time and handed to the page as a
 * JSON module, so the whole list is in the static HTML (and so in search, the offline precache and the PDF).
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { optionsValidator } from '../options';
import { loadPages } from '../../lib/build/content';
import { changeEntries, type ChangeEntry } from '../../lib/changes';

export interface ChangesPluginOptions {
  id?: string;
  docsDir: string;
  /** Route of the page. */
  routePath: string;
}

/** The route of the changes page, for the config, the search step and the tests. */
export const CHANGES_ROUTE = '/changes';

export default function changesPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  // Already checked against optionsSchema below.
  const { docsDir, routePath } = rawOptions as ChangesPluginOptions;
  return {
    name: 'kia-changes',

    getPathsToWatch() {
      return [path.join(docsDir, '**/*.{md,mdx}')];
    },

    async loadContent() {
      return changeEntries(loadPages(docsDir));
    },

    async contentLoaded({ content, actions }) {
      // Plugin modules in the config are typed with unknown content; this is what loadContent returned.
      const entries = content as ChangeEntry[];
      const entriesPath = await actions.createData('changes.json', JSON.stringify(entries));
      actions.addRoute({
        path: path.posix.join(context.baseUrl, routePath),
        component: '@site/src/components/ChangesPage',
        exact: true,
        modules: { entries: entriesPath },
      });
    },
  };
}

const optionsSchema = Joi.object<ChangesPluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().required(),
  routePath: Joi.string().default(CHANGES_ROUTE),
});

// A plugin given to the config as a function carries its option validation as a property.
changesPlugin.validateOptions = optionsValidator(optionsSchema);
