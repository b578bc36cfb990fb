import { describe, expect, test } from 'vitest';
import { relationMermaid } from '../mermaid';
import { fixture, graphOf } from './helpers';

describe('relationMermaid', () => {
  const graph = graphOf(fixture('pod-references.yml'));
  const source = graph ? relationMermaid(graph, { link: (href) => href.replace('/ch01-page', '') }) : '';

  test('one box per related object, one arrow per pair with every relation, a click link per box', () => {
    const lines = source.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toContain('  n0["Pod busy"]');
    expect(lines).toContain('  n1["ConfigMap app-config"]');
    // The pod names app-config in volumes, then env, then envFrom: one arrow, its relations in field order.
    expect(lines).toContain('  n0 -->|"mounts, reads env from, reads all env from"| n1');
    expect(lines).toContain('  click n0 href "#ch01-pod-references-yml"');
  });

  test('objects without relations are left out and no box is styled when all are local', () => {
    const selection = graphOf(fixture('selection.yml'));
    const drawn = selection ? relationMermaid(selection) : '';
    expect(drawn).toMatch(/\["Pod web-pod"\]/);
    expect(drawn).not.toMatch(/other-pod/);
    expect(drawn).not.toMatch(/classDef/);
  });
});
