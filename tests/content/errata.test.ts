/**
 * Every erratum of the spec is handled on the page where it applies, marked `{/* E17 *\/}` right there,
 * and every "changed since the book" admonition names the version where the change happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPages } from '../../src/lib/build/content';

const errata = JSON.parse(fs.readFileSync('tests/fixtures/errata.json', 'utf8')) as Record<string, string>;
const docs = loadPages(path.resolve('docs'));
const MARKER = /\{\/\*\s*((?:E\d+[\s,]*)+)\*\/\}/g;

const markers = docs.flatMap((doc) =>
  [...doc.source.matchAll(MARKER)].flatMap((match) =>
    (match[1] ?? '').match(/E\d+/g)!.map((id) => ({ id, page: doc.relativePath })),
  ),
);

describe('errata', () => {
  test('the fixture lists the 104 errata of the spec', () => {
    expect(Object.keys(errata)).toHaveLength(104);
  });

  test('every erratum is marked where it is handled', () => {
    const marked = new Set(markers.map((marker) => marker.id));
    expect(Object.keys(errata).filter((id) => !marked.has(id))).toEqual([]);
  });

  test('every marker names a real erratum', () => {
    expect(markers.filter((marker) => !errata[marker.id])).toEqual([]);
  });

  test.each(docs.map((doc) => [doc.relativePath, doc] as const))(
    'docs/%s: every :::changed admonition names the Kubernetes, kubectl or minikube version',
    (_, doc) => {
      const unversioned = doc.admonitions
        .filter((admonition) => admonition.name === 'changed')
        .filter((admonition) => !/\b(Kubernetes|kubectl|k8s|minikube)\s+v?1\.\d+/i.test(admonition.title));
      expect(unversioned.map((a) => `docs/${doc.relativePath}:${a.line}: "${a.title}"`)).toEqual([]);
    },
  );
});
