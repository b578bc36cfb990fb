import { describe, expect, test } from 'vitest';
import { synonymsOf } from '../searchTerms';

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
