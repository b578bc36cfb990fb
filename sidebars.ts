import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/** Book order: the intro, then chapters 4-12 (the notes cover no others). */
const sidebars = {
  notes: [
    'index',
    {
      type: 'category',
      label: 'Chapters',
      collapsible: false,
      items: [
        'ch04-replication-controllers',
        'ch05-services',
        'ch06-volumes',
        'ch07-configmaps-secrets',
        'ch08-pod-metadata-api',
        'ch09-deployments',
        'ch10-statefulsets',
        'ch11-internals',
        'ch12-securing-api-server',
      ],
    },
    {
      type: 'category',
      label: 'Reference',
      collapsible: false,
      items: [
        { type: 'link', label: 'Manifest catalog', href: '/manifests' },
        { type: 'link', label: 'kubectl command index', href: '/commands' },
      ],
    },
  ],
} satisfies SidebarsConfig;

export default sidebars;
