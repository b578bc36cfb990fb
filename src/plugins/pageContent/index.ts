/**
 * In the browser bundle, a docs page's module is only its frame: front matter, table of contents and
 * metadata. Its body, the compiled MDX, is a chunk of its own. The page a reader opens first adopts the
 * HTML the server sent (src/theme/MDXContent) and never downloads its body; a page reached by client-side
 * navigation loads its body with the route, before it shows (src/lib/pageBody.tsx). The server bundle is
 * unchanged: it renders every page in full.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { optionsValidator } from '../options';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is CommonJS (see its header).
const { BODY_QUERY } = require('./frameLoader.cjs') as { BODY_QUERY: string };

export interface PageContentPluginOptions {
  id?: string;
  /** The docs whose pages are split. */
  docsDir: string;
}

export default function pageContentPlugin(_context: unknown, rawOptions: unknown): Plugin {
  // Already checked against optionsSchema below.
  const { docsDir } = rawOptions as PageContentPluginOptions;
  return {
    name: 'kia-page-content',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        module: {
          rules: [
            {
              test: /\.mdx?$/i,
              include: [docsDir],
              // After the MDX and JS loaders: the loader reads the compiled page.
              enforce: 'post',
              resourceQuery: { not: [new RegExp(BODY_QUERY)] },
              use: [{ loader: path.join(__dirname, 'frameLoader.cjs') }],
            },
          ],
        },
      };
    },
  };
}

const optionsSchema = Joi.object<PageContentPluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().required(),
});

// A plugin given to the config as a function carries its option validation as a property.
pageContentPlugin.validateOptions = optionsValidator(optionsSchema);
