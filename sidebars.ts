import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/**
 * Book order: the intro, then chapters 4-12 (the notes cover no others), then the reference pages.
 * The group titles are plain text, not non-collapsible categories: those render as <a> without href,
 * which crawlers and Lighthouse's SEO audit report as uncrawlable links.
 */
const heading = (label: string) =>
  ({ type: 'html', value: `<span class="sidebar-heading">${label}</span>`, defaultStyle: true }) as const;

const sidebars = {
  notes: [
    'index',
    heading('Chapters'),
    'ch04-replication-controllers',
    'ch05-services',
    'ch06-volumes',
    'ch07-configmaps-secrets',
    'ch08-pod-metadata-api',
    'ch09-deployments',
    'ch10-statefulsets',
    'ch11-internals',
    'ch12-securing-api-server',
    heading('Reference'),
    { type: 'link', label: 'Manifest catalog', href: '/manifests' },
    { type: 'link', label: 'kubectl command index', href: '/commands' },
    { type: 'link', label: 'What changed since the book', href: '/changes' },
  ],
} satisfies SidebarsConfig;

export default sidebars;
