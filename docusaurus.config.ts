import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import path from 'node:path';
import manifestEmbed from './src/remark/manifestEmbed';
import manifestsPlugin from './src/plugins/manifests';
import offlinePlugin from './src/plugins/offline';
import perfPlugin from './src/plugins/perf';
import commandIndexPlugin from './src/plugins/commandIndex';
import searchTheme from './src/plugins/search';
import { withReadableContrast } from './src/lib/prismContrast';
import { siteAddress } from './src/lib/siteAddress';

/** One place for the folder every manifest lives in: the remark plugin, the catalog plugin and the tests read it. */
const manifestsDir = path.join(__dirname, 'manifests');
const docsDir = path.join(__dirname, 'docs');
/** Where the site is served from: SITE_URL and BASE_URL at build time (README, DEPLOYMENT.md). */
const { url, baseUrl } = siteAddress(process.env);

export default {
  title: 'Kubernetes in Action: study notes',
  tagline: 'Notes on chapters 4-12, with runnable manifests, diagrams and a kubectl command index',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  // Browser storage keys end in a fixed namespace (the one Docusaurus derived from the site's first
  // address) instead of a hash of SITE_URL + BASE_URL: a reader's saved settings survive a move, and the
  // colour-mode script inlined in every page stays byte for byte the same, so the Content-Security-Policy
  // of deploy/nginx.conf can allow it by one hash whatever the address (DEPLOYMENT.md).
  storage: { type: 'localStorage', namespace: 'a70' },
  // The banner for a wrong baseUrl is an inline script the CSP would block; the base path is tested instead.
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: { defaultLocale: 'en', locales: ['en'] },

  future: {
    v4: true,
    faster: true,
  },

  markdown: {
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // Opens every <details> before printing (CSS cannot): see the module.
  clientModules: ['./src/clientModules/print.ts'],

  themes: [
    '@docusaurus/theme-mermaid',
    // Local search in the browser, no server and no third-party service: see src/plugins/search for why
    // this plugin and what the wrapper changes.
    [
      searchTheme,
      {
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        docsDir: 'docs',
        language: ['en'],
        // search-index.json keeps a stable name: the service worker precaches it with a content revision.
        hashed: false,
        // `get`, `do`, `all` are words of kubectl commands, not noise (the index keeps them too).
        removeDefaultStopWordFilter: true,
        highlightSearchTermsOnTargetPage: true,
        searchResultLimits: 8,
        searchResultContextMaxLength: 60,
        explicitSearchResultPath: true,
        searchBarShortcutKeymap: 'mod+k',
      },
    ],
  ],

  plugins: [
    [manifestsPlugin, { manifestsDir, docsDir }],
    [commandIndexPlugin, { docsDir }],
    // Keeps Mermaid's parser out of the chunk every page loads: see the plugin.
    perfPlugin,
    // Offline reading (service worker, precache of the whole build, reload prompt): see the plugin.
    [
      offlinePlugin,
      {
        pwaHead: [
          { tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json` },
          { tagName: 'meta', name: 'theme-color', content: '#2a5bd7' },
          { tagName: 'link', rel: 'apple-touch-icon', href: `${baseUrl}img/icons/apple-touch-icon.png` },
        ],
      },
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [[manifestEmbed, { manifestsDir }]],
          admonitions: { keywords: ['changed', 'correction'], extendDefaults: true },
          showLastUpdateTime: false,
        },
        blog: false,
        theme: { customCss: ['./src/css/custom.css', './src/css/print.css'] },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    metadata: [
      {
        name: 'description',
        content: 'Study notes for Kubernetes in Action, chapters 4-12, corrected for current Kubernetes.',
      },
    ],
    navbar: {
      title: 'KiA study notes',
      // Empty alt: the logo sits next to the site title, which already says it.
      logo: { alt: '', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'notes', position: 'left', label: 'Chapters' },
        { to: '/manifests', label: 'Manifests', position: 'left' },
        { to: '/commands', label: 'Commands', position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Study',
          items: [
            { label: 'How to use these notes', to: '/' },
            { label: 'Manifest catalog', to: '/manifests' },
            { label: 'kubectl command index', to: '/commands' },
          ],
        },
        {
          title: 'Kubernetes',
          items: [
            { label: 'kubectl reference', href: 'https://kubernetes.io/docs/reference/kubectl/' },
            { label: 'minikube', href: 'https://minikube.sigs.k8s.io/docs/' },
          ],
        },
      ],
      copyright:
        'Personal study notes on "Kubernetes in Action" by Marko Lukša. Manifests, diagrams and corrections written for this site.',
    },
    mermaid: {
      theme: { light: 'neutral', dark: 'dark' },
      options: { securityLevel: 'strict' },
    },
    prism: {
      theme: withReadableContrast(prismThemes.github),
      darkTheme: withReadableContrast(prismThemes.vsDark),
      additionalLanguages: ['bash', 'yaml', 'json', 'docker', 'nginx'],
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 4 },
  } satisfies Preset.ThemeConfig,
} satisfies Config;
