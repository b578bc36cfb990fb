import { describe, expect, test } from 'vitest';
import { indexWords, synonymsOf } from '../searchTerms';

const terms = (text: string) => indexWords(text).map((word) => word.term);

describe('indexWords', () => {
  test('cuts at spaces and hyphens like the search box, and trims punctuation', () => {
    expect(terms('kubectl port-forward fortune 8080:80 &')).toEqual([
      'kubectl',
      'port',
      'forward',
      'fortune',
      '8080:80',
      '8080',
      '80',
    ]);
  });

  test('also stores the parts of words glued by punctuation', () => {
    expect(terms('k create -f ./kubia-svc.yml')).toEqual(['k', 'create', 'f', 'kubia', 'svc.yml', 'svc', 'yml']);
    expect(terms('--from-file=customkey=config-file.conf')).toEqual(
      expect.arrayContaining(['from', 'file=customkey=config', 'customkey', 'config', 'file.conf', 'conf']),
    );
  });

  test('joins multi-word type names written as prose', () => {
    expect(terms('Persistent Volume Claims and Config Maps')).toEqual(
      expect.arrayContaining(['persistentvolumeclaims', 'persistentvolume', 'configmaps']),
    );
    const joined = indexWords('the Config Maps').find((word) => word.term === 'configmaps');
    expect(joined).toEqual({ term: 'configmaps', start: 4, length: 11 });
  });

  test('keeps offsets into the original text for highlighting', () => {
    const text = 'run `k get svc`';
    for (const word of indexWords(text)) {
      expect(text.slice(word.start, word.start + word.length).toLowerCase()).toBe(word.term);
    }
  });

  test('keeps stop words: get is a kubectl verb', () => {
    expect(terms('kubectl get endpoints')).toContain('get');
  });
});

describe('synonymsOf', () => {
  test('the alias and kubectl', () => {
    expect(synonymsOf('k')).toEqual(['kubectl']);
    expect(synonymsOf('kubectl')).toEqual(['k']);
  });

  test('short names, singular, plural and kind of a resource type, both ways', () => {
    expect(synonymsOf('svc')).toEqual(expect.arrayContaining(['services', 'service']));
    expect(synonymsOf('persistentvolumeclaim')).toContain('pvc');
    expect(synonymsOf('deploy')).toContain('deployments');
    expect(synonymsOf('sts')).toContain('statefulset');
  });

  test('leaves out short names that are everyday words', () => {
    expect(synonymsOf('no')).toEqual([]);
    expect(synonymsOf('nodes')).not.toContain('no');
  });
});
