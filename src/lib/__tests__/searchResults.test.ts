import { describe, expect, test } from 'vitest';
import { normalizeWord, rankSections, rewriteQuery, sameWord, type SubResult } from '../searchResults';

describe('rewriteQuery', () => {
  test('the k alias and short names become the words the notes write', () => {
    expect(rewriteQuery('k get svc')).toBe('kubectl get services');
    expect(rewriteQuery('pvc')).toBe('persistentvolumeclaims');
    expect(rewriteQuery('  sts ')).toBe('statefulsets');
  });

  test('other words, hyphenated and camelCase ones included, pass as typed', () => {
    expect(rewriteQuery('port-forward')).toBe('port-forward');
    expect(rewriteQuery('configMapKeyRef')).toBe('configMapKeyRef');
    expect(rewriteQuery('kubectl create configmap')).toBe('kubectl create configmap');
  });

  test('an empty query stays empty', () => {
    expect(rewriteQuery('   ')).toBe('');
  });
});

/** A page of the given text, with one section per [url, title, first word, last word]. */
function pageOf(text: string, sections: [string, string, number, number][], matched: (word: string) => boolean) {
  const words = text.split(/\s+/);
  const subs: SubResult[] = sections.map(([url, title, from, to]) => ({
    url,
    title,
    weighted_locations: words
      .map((word, location) => ({ word, location }))
      .filter(({ word, location }) => location >= from && location <= to && matched(word))
      .map(({ location }) => ({ weight: 1, location })),
  }));
  return { words, subs };
}

const isQueryWord = (query: string) => (word: string) =>
  query.split(' ').some((term) =>
    word
      .toLowerCase()
      .replace(/[^a-z-]/g, '')
      .startsWith(term.slice(0, 5)),
  );

describe('sameWord', () => {
  test('endings of up to 3 letters, not longer words', () => {
    expect(sameWord('creating', 'create')).toBe(true);
    expect(sameWord('secrets', 'secret')).toBe(true);
    expect(sameWord('services', 'serviceaccount')).toBe(false);
    expect(sameWord('port-forward', 'port-forward')).toBe(true);
  });
});

describe('rankSections', () => {
  const query = 'create secret tls';
  test('a section with every term, side by side, beats one that repeats a common term', () => {
    const text = 'Secrets create secret create secret create secret Ingress run k create secret tls now';
    const page = pageOf(
      text,
      [
        ['/a#secrets', 'Secrets', 0, 6],
        ['/a#ingress', 'Ingress', 7, 12],
      ],
      isQueryWord(query),
    );
    expect(rankSections([page], query).map((ranked) => ranked.section.url)).toEqual(['/a#ingress']);
  });

  test('across pages, best section first; a heading naming every term wins', () => {
    const first = pageOf('Secrets are secrets in memory and in etcd', [['/a#secrets', 'Secrets', 0, 7]], (word) =>
      ['secrets', 'in', 'memory'].includes(normalizeWord(word)),
    );
    const second = pageOf(
      'Secrets in Memory are tmpfs',
      [['/b#secrets-in-memory', 'Secrets in Memory', 0, 4]],
      (word) => ['secrets', 'in', 'memory'].includes(normalizeWord(word)),
    );
    expect(rankSections([first, second], 'secrets in memory').map((ranked) => ranked.section.url)).toEqual([
      '/b#secrets-in-memory',
      '/a#secrets',
    ]);
  });

  test("ties keep Pagefind's page order; pages without sections are left out", () => {
    const a = pageOf('etcd here', [['/a#x', 'X', 0, 1]], (word) => word === 'etcd');
    const b = pageOf('etcd there', [['/b#y', 'Y', 0, 1]], (word) => word === 'etcd');
    const empty = { words: [], subs: [] };
    expect(rankSections([a, empty, b], 'etcd').map((ranked) => ranked.page)).toEqual([0, 2]);
  });
});
