import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import path from 'node:path';
import manifestEmbed from './src/remark/manifestEmbed';
import diagrams from './src/remark/diagrams';
import relationGraph from './src/remark/relationGraph';
import simulation from './src/remark/simulation';
import diagramsCommandPlugin from './src/plugins/diagramsCommand';
import manifestsPlugin from './src/plugins/manifests';
import offlinePlugin from './src/plugins/offline';
import codeHighlightPlugin from './src/plugins/codeHighlight';
import codeBlocks from './src/remark/codeBlocks';
import commandIndexPlugin from './src/plugins/commandIndex';
import cardsPlugin from './src/plugins/cards';
import changesPlugin, { CHANGES_ROUTE } from './src/plugins/changes';
import pageContentPlugin from './src/plugins/pageContent';
import searchPlugin, { searchIndexStep } from './src/plugins/search';
import { withReadableContrast } from './src/lib/prismContrast';
import { siteAddress } from './src/lib/siteAddress';

/** One place for the folder every manifest lives in: the remark plugin, the catalog plugin and the tests read it. */
const manifestsDir = path.join(__dirname, 'manifests');
const docsDir = path.join(__dirname, 'docs');
/** Build-time renders of the diagrams (light and dark SVG), committed: see src/lib/diagrams. */
const rendersDir = path.join(__dirname, 'static', 'diagrams');
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
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // Run in every page (each module says why): printing, the command words' popover loader, and Docusaurus'
  // prefetch of links in view moved to idle time.
  clientModules: [
    './src/clientModules/print.ts',
    './src/clientModules/commandWords.ts',
    './src/clientModules/idlePrefetch.ts',
  ],

  plugins: [
    [manifestsPlugin, { manifestsDir, docsDir, rendersDir }],
    // Search with Pagefind: the /search page here; the index is written by the offline plugin's steps below.
    searchPlugin,
    [commandIndexPlugin, { docsDir }],
    // "What changed since the book": every :::changed and :::correction of the chapters, by version or chapter.
    [changesPlugin, { docsDir, routePath: CHANGES_ROUTE }],
    // `npm run diagrams`: draws new diagrams and removes unused renders.
    [diagramsCommandPlugin, { docsDir, manifestsDir, rendersDir }],
    // Code colours of both modes as one stylesheet; no highlighter in the browser.
    codeHighlightPlugin,
    // Self-check cards: collected from the pages, checked (ids), handed to /study and the progress views.
    [cardsPlugin, { docsDir }],
    // In the browser, a page's body is a chunk of its own, not loaded for the page the reader opens first.
    [pageContentPlugin, { docsDir }],
    // Offline reading (service worker, precache of the whole build, reload prompt): see the plugin. Its steps
    // run in this order after the build and before the precache is listed: the search index first.
    [
      offlinePlugin,
      {
        steps: [searchIndexStep({ docsDir, routes: [CHANGES_ROUTE] })],
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
          // First: <RelationGraph> becomes a ```mermaid node, a list and an admonition; then every ```mermaid
          // block is drawn at build time, before the other Markdown transforms see it.
          beforeDefaultRemarkPlugins: [
            [relationGraph, { manifestsDir, docsDir }],
            [diagrams, { rendersDir, baseUrl }],
          ],
          // Manifests are embedded, each <Simulation> gets its default run (computed from the manifests),
          // then every code block is highlighted at build time.
          remarkPlugins: [[manifestEmbed, { manifestsDir }], [simulation, { manifestsDir }], codeBlocks],
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
      // Width and height reserve the logo's box before the image arrives: the title beside it never moves.
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'notes', position: 'left', label: 'Chapters' },
        { to: '/manifests', label: 'Manifests', position: 'left' },
        { to: '/commands', label: 'Commands', position: 'left' },
        { to: '/study', label: 'Study', position: 'left' },
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
            { label: 'What changed since the book', to: CHANGES_ROUTE },
            { label: 'Review self-check cards', to: '/study' },
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
    prism: {
      theme: withReadableContrast(prismThemes.github),
      darkTheme: withReadableContrast(prismThemes.vsDark),
      // Code is highlighted at build time (src/lib/highlight), with the languages it loads there; the
      // browser loads none (src/theme/prism-include-languages.ts).
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 4 },
  } satisfies Preset.ThemeConfig,
} satisfies Config;
