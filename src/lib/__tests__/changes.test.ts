/** Grouping of the changes page: by version newest first (kubectl with Kubernetes, minikube apart), by chapter. */
import { describe, expect, test } from 'vitest';
import { byChapter, byVersion, type ChangeEntry } from '../changes';

const entry = (title: string, chapter: number, tool?: string, version?: string): ChangeEntry => ({
  kind: tool ? 'changed' : 'correction',
  title,
  tool,
  version,
  chapter,
  chapterTitle: `Chapter title ${chapter}`,
  href: `/ch0${chapter}-x#s`,
  source: `docs/ch0${chapter}-x.mdx:${title.length}`,
});

const entries = [
  entry('a', 5, 'Kubernetes', '1.9'),
  entry('b', 6, 'kubectl', '1.31'),
  entry('c', 4, 'Kubernetes', '1.36'),
  entry('d', 5, 'minikube', '1.19'),
  entry('e', 4),
  entry('f', 8, 'kubectl', '1.9.1'),
  entry('g', 9, 'minikube', '1.39'),
  entry('h', 11, 'Kubernetes', '1.31'),
];

describe('changes grouping', () => {
  test('by version: Kubernetes and kubectl minors newest first, then minikube, then corrections', () => {
    expect(
      byVersion(entries).map((group) => [group.id, group.heading, group.entries.map((e) => e.title).join('')]),
    ).toEqual([
      ['kubernetes-1-36', 'Kubernetes 1.36', 'c'],
      ['kubernetes-1-31', 'Kubernetes 1.31', 'bh'],
      ['kubernetes-1-9', 'Kubernetes 1.9', 'af'],
      ['minikube-1-39', 'minikube 1.39', 'g'],
      ['minikube-1-19', 'minikube 1.19', 'd'],
      ['corrections', 'Corrections to the notes', 'e'],
    ]);
  });

  test('by chapter: book order, page order inside', () => {
    expect(byChapter(entries).map((group) => [group.id, group.entries.map((e) => e.title).join('')])).toEqual([
      ['chapter-4', 'ce'],
      ['chapter-5', 'ad'],
      ['chapter-6', 'b'],
      ['chapter-8', 'f'],
      ['chapter-9', 'g'],
      ['chapter-11', 'h'],
    ]);
    expect(byChapter(entries)[0]?.heading).toBe('Chapter 4: Chapter title 4');
  });
});
