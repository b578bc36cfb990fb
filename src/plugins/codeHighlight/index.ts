/**
 * Code highlighting is a build-time job (src/remark/codeBlocks, src/lib/highlight). This plugin adds
 * what the browser needs for it: the colours of both modes as one stylesheet made from
 * themeConfig.prism, and, in the browser bundle only, a stand-in for prism-react-renderer (see
 * src/lib/highlight/browserPrism.ts for why).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { ThemeConfig } from '@docusaurus/preset-classic';
import type { PrismTheme } from 'prism-react-renderer';
import { codeColorsCss } from '../../lib/highlight/css';

export default function codeHighlightPlugin(context: LoadContext): Plugin {
  const { prism } = context.siteConfig.themeConfig as ThemeConfig & {
    prism?: { theme?: PrismTheme; darkTheme?: PrismTheme };
  };
  const light = prism?.theme;
  const dark = prism?.darkTheme ?? light;
  if (!light || !dark) throw new Error('codeHighlight: themeConfig.prism.theme is not set');
  const file = path.join(context.generatedFilesDir, 'kia-code-highlight', 'code-colors.css');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, codeColorsCss(light, dark));
  return {
    name: 'kia-code-highlight',
    getClientModules() {
      return [file];
    },
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        resolve: { alias: { 'prism-react-renderer$': path.resolve(__dirname, '../../lib/highlight/browserPrism.ts') } },
      };
    },
  };
}
