import { describe, expect, test } from 'vitest';
import { bestSection, rewriteQuery, type SubResult } from '../searchResults';

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

const sub = (url: string, title: string, weights: number[]): SubResult => ({
  url,
  title,
  weighted_locations: weights.map((weight, location) => ({ weight, balanced_score: weight, location })),
});

describe('bestSection', () => {
  test('a heading that names the query outranks more matches in prose', () => {
    const sections = [sub('/p#intro', 'Intro', [1, 1, 1, 1, 1]), sub('/p#ingress', 'Ingress', [1])];
    expect(bestSection(sections, 'ingress')?.url).toBe('/p#ingress');
  });

  test('otherwise the section with the most weight of matches; the first one on a tie', () => {
    const sections = [sub('/p#a', 'A', [1, 1]), sub('/p#b', 'B', [1, 1, 1]), sub('/p#c', 'C', [3])];
    expect(bestSection(sections, 'word')?.url).toBe('/p#b');
  });

  test('no sections, no section', () => {
    expect(bestSection([], 'x')).toBeUndefined();
  });
});
