import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runReplicaSet } from '../replicaSet';

const input = { kind: 'ReplicationController', name: 'kubia', replicas: 3, nodes: 3 };

describe('ReplicationController keeps its count', () => {
  it('whatever the reader does, the run ends with as many matching, ready pods as replicas', () => {
    const action = fc.oneof(
      fc.record({
        action: fc.constantFrom('delete-pod', 'relabel-pod'),
        target: fc.constantFrom('kubia-gszhb', 'kubia-qnfjb', 'kubia-2jsjb'),
      }),
      fc.record({ action: fc.constant('add-pod') }),
      fc.record({ action: fc.constant('scale'), target: fc.integer({ min: 0, max: 6 }).map(String) }),
      fc.record({ action: fc.constant('remove-node'), target: fc.constantFrom('node-1', 'node-2') }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 6 }), (script) => {
        const run = runReplicaSet(input, script);
        const [replicas, matching, ready] = run.steps.at(-1)!.counts;
        expect(matching).toBe(replicas);
        expect(ready).toBe(replicas);
      }),
    );
  });

  it('a pod created with the label is deleted at once (unassigned goes first); a relabelled one is replaced and kept', () => {
    const run = runReplicaSet(input, [{ action: 'add-pod' }, { action: 'relabel-pod', target: 'kubia-gszhb' }]);
    const events = run.steps.map((step) => step.event);
    expect(events).toContain(
      'ReplicationController kubia: 4 of 3 pods: SuccessfulDelete kubia-manual-4 (first in the deletion order)',
    );
    const last = run.steps.at(-1)!;
    expect(last.pods.find((pod) => pod.name === 'kubia-gszhb')).toMatchObject({
      group: 'no controller (app=foo)',
      phase: 'Running',
    });
    expect(last.counts).toEqual([3, 3, 3, 4]);
  });

  it('a lost node: Unknown after 40 s, pods evicted after 300 s more, then replaced', () => {
    const run = runReplicaSet(input, [{ action: 'remove-node', target: 'node-1' }]);
    const events = run.steps.map((step) => step.event);
    expect(events.some((event) => event.startsWith('(44 s) node-lifecycle-controller: node-1 Ready=Unknown'))).toBe(
      true,
    );
    expect(events.some((event) => event.startsWith('(344 s) taint-eviction-controller'))).toBe(true);
    expect(run.steps.at(-1)!.pods.filter((pod) => pod.node === 'node-1')).toEqual([
      expect.objectContaining({ phase: 'Terminating' }),
    ]);
  });
});
