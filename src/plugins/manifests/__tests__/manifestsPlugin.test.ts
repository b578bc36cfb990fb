import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { LoadContext } from '@docusaurus/types';
import manifestsPlugin, { type ManifestsContent } from '..';

// The relationGraph plugin's fixtures: chapter 1 names a ConfigMap nothing creates.
const fixtures = path.resolve(__dirname, '../../../remark/relationGraph/__tests__/fixtures');
const options = {
  manifestsDir: path.join(fixtures, 'manifests'),
  docsDir: path.join(fixtures, 'docs'),
  // No renders here: the catalog then shows the relations without their diagram.
  rendersDir: path.join(fixtures, 'no-renders'),
  routePath: '/manifests',
};

afterEach(() => vi.restoreAllMocks());

describe('manifests plugin: relations', () => {
  test('prints each relation warning on one line naming the file and the object, and hands the lists to the catalog', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const plugin = manifestsPlugin({ baseUrl: '/' } as LoadContext, options);
    const content = (await plugin.loadContent?.()) as ManifestsContent;
    expect(warn.mock.calls).toEqual([
      [
        '[relations] manifests/ch01/app.yml: Pod app: spec.containers[0].envFrom[1].configMapRef.name names ConfigMap nowhere, which no manifest or command of the notes creates',
      ],
    ]);
    expect(content.relations.map((chapter) => [chapter.folder, chapter.title, chapter.items.length])).toEqual([
      ['ch01', 'Demo chapter', 3],
      ['ch02', 'Alone', 0],
    ]);
    expect(content.relations[0]?.items[0]).toEqual({
      from: { label: 'Service app', href: '/ch01-demo#ch01-app-yml', origin: '' },
      relation: 'selects the pods of',
      to: { label: 'Pod app', href: '/ch01-demo#ch01-app-yml', origin: '' },
      fields: ['spec.selector'],
    });
  });
});
