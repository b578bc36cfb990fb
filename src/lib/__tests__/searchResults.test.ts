import { describe, expect, test } from 'vitest';
import { normalizeWord, rankSections, rewriteQuery, sameWord, titleWords, type SubResult } from '../searchResults';

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

  test('a last word of one letter is still being typed and is left out, unless it is the alias', () => {
    expect(rewriteQuery('kubectl p')).toBe('kubectl');
    expect(rewriteQuery('p')).toBe('');
    expect(rewriteQuery('k')).toBe('kubectl');
    expect(rewriteQuery('a b cd')).toBe('a b cd');
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

describe('titleWords', () => {
  test('the words of a heading and the runs of two or three of them written together', () => {
    expect(titleWords('Image Pull Secrets')).toEqual(
      expect.arrayContaining(['image', 'pull', 'secrets', 'imagepull', 'pullsecrets', 'imagepullsecrets']),
    );
    expect(titleWords('Creating Config Maps')).toContain('configmaps');
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

  test('a camelCase term matches the heading that writes its words apart', () => {
    const matched = (word: string) => normalizeWord(word) === 'imagepullsecrets';
    const account = pageOf(
      'list imagePullSecrets here imagePullSecrets',
      [['/a#accounts', 'Service Accounts', 0, 3]],
      matched,
    );
    const pull = pageOf('add imagePullSecrets', [['/b#image-pull-secrets', 'Image Pull Secrets', 0, 1]], matched);
    expect(rankSections([account, pull], 'imagepullsecrets').map((ranked) => ranked.section.url)).toEqual([
      '/b#image-pull-secrets',
      '/a#accounts',
    ]);
  });

  test('a part of a compound word is not the term', () => {
    const matched = (word: string) => normalizeWord(word).startsWith('service');
    const accounts = pageOf('ServiceAccount ServiceAccount ServiceAccount', [['/a#x', 'X', 0, 2]], matched);
    const service = pageOf('the service', [['/b#y', 'Y', 0, 1]], matched);
    expect(rankSections([accounts, service], 'services').map((ranked) => ranked.section.url)).toEqual(['/b#y', '/a#x']);
  });

  test('a kind used as the type of kubectl get or create counts for its name', () => {
    const matched = (word: string) => normalizeWord(word).startsWith('service');
    const mention = pageOf('a service is a service', [['/a#about', 'About', 0, 4]], matched);
    const listed = pageOf('kubectl get service', [['/b#get', 'Get', 0, 2]], matched);
    expect(rankSections([mention, listed], 'services').map((ranked) => ranked.section.url)).toEqual([
      '/b#get',
      '/a#about',
    ]);
  });

  test('equal scores go to the section read first, then to Pagefind order; results without sections are left out', () => {
    const later = { ...pageOf('etcd here', [['/ch11#x', 'X', 0, 1]], (word) => word === 'etcd'), order: 11_002 };
    const earlier = { ...pageOf('etcd there', [['/ch08#y', 'Y', 0, 1]], (word) => word === 'etcd'), order: 8_004 };
    const empty = { words: [], subs: [] };
    expect(rankSections([later, empty, earlier], 'etcd').map((ranked) => ranked.page)).toEqual([2, 0]);
    const a = pageOf('etcd here', [['/a#x', 'X', 0, 1]], (word) => word === 'etcd');
    const b = pageOf('etcd there', [['/b#y', 'Y', 0, 1]], (word) => word === 'etcd');
    expect(rankSections([a, b], 'etcd').map((ranked) => ranked.page)).toEqual([0, 1]);
  });
});
