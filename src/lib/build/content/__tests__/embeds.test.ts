import path from 'node:path';
import { expect, test } from 'vitest';
import { readPage } from '..';

test('embeds: file, section and whether the page folds it', () => {
  const page = readPage(path.join(__dirname, 'fixtures/embeds.mdx'), 'embeds.mdx');
  expect(page.embeds.map((embed) => [embed.file, embed.section?.title, embed.collapsed])).toEqual([
    ['ch01/pod.yml', 'Open ones', false],
    ['ch01/svc.yml', 'Open ones', false],
    ['ch01/Dockerfile', 'Folded ones', true],
    ['ch01/run.sh', 'Folded ones', true],
  ]);
});
