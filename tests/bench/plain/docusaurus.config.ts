/**
 * A plain Docusaurus 3 build of the same notes, for `npm run bench` to measure beside the site: the
 * classic preset with its stock theme (client-side Mermaid, Prism in the browser, full hydration), the
 * same local search plugin, and none of the site's own plugins, swizzles or build-time work. Manifests
 * are pasted into the pages as code blocks, as a plain site would have them (the site's embed plugin
 * does the pasting). Built by tests/bench/run.mjs into build-plain/.
 */
import path from 'node:path';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import manifestEmbed from '../../../src/remark/manifestEmbed';

const root = path.resolve(__dirname, '../../..');

export default {
  title: 'Kubernetes in Action: study notes (plain Docusaurus)',
  url: 'https://example.org',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'warn',
  onBrokenAnchors: 'warn',
  markdown: { mermaid: true, hooks: { onBrokenMarkdownLinks: 'warn' } },
  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      { indexDocs: true, indexBlog: false, docsRouteBasePath: '/', docsDir: path.join(root, 'docs'), hashed: true },
    ],
  ],
  presets: [
    [
      'classic',
      {
        docs: {
          path: path.join(root, 'docs'),
          routeBasePath: '/',
          sidebarPath: path.join(root, 'sidebars.ts'),
          remarkPlugins: [[manifestEmbed, { manifestsDir: path.join(root, 'manifests') }]],
          admonitions: { keywords: ['changed', 'correction'], extendDefaults: true },
        },
        blog: false,
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    prism: { additionalLanguages: ['bash', 'yaml', 'json', 'docker', 'nginx'] },
  } satisfies Preset.ThemeConfig,
} satisfies Config;
