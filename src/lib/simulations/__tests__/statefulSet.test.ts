import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runStatefulSet } from '../statefulSet';
import type { SimRun } from '../types';

const created = (run: SimRun) =>
  run.steps.flatMap((step, index) =>
    [...step.event.matchAll(/pod kubia-(\d+) \(claim/g)].map((m) => ({ index, ordinal: Number(m[1]) })),
  );

describe('StatefulSet', () => {
  it('OrderedReady: pod i is created only when 0..i-1 are all Running and Ready', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 8 }), (replicas, scaleTo) => {
        const run = runStatefulSet({ name: 'kubia', claimTemplate: 'data', replicas, policy: 'OrderedReady' }, [
          { action: 'scale', target: String(scaleTo) },
        ]);
        for (const { index, ordinal } of created(run)) {
          const before = run.steps[index - 1]!.pods;
          for (let lower = 0; lower < ordinal; lower++) {
            expect(before.find((p) => p.name === `kubia-${lower}`)).toMatchObject({ phase: 'Running', ready: true });
          }
        }
        // Scale-down removes the highest ordinal first, one at a time.
        const deleted = run.steps.flatMap((step) =>
          [...step.event.matchAll(/SuccessfulDelete pod kubia-(\d+)/g)].map((m) => Number(m[1])),
        );
        expect(deleted).toEqual([...deleted].sort((a, b) => b - a));
        expect(deleted).toEqual(Array.from({ length: Math.max(replicas - scaleTo, 0) }, (_, i) => replicas - 1 - i));
        // Claims are kept: as many as the most pods there ever were.
        expect(run.steps.at(-1)!.notes.filter((note) => note.startsWith('PersistentVolumeClaim'))).toHaveLength(
          Math.max(replicas, scaleTo),
        );
      }),
    );
  });

  it('Parallel creates every pod in one step', () => {
    const run = runStatefulSet({ name: 'kubia', claimTemplate: 'data', replicas: 3, policy: 'Parallel' }, []);
    expect(run.steps[1]!.event).toBe(
      'statefulset-controller: SuccessfulCreate pod kubia-0 (claim data-kubia-0 created), pod kubia-1 (claim data-kubia-1 created), pod kubia-2 (claim data-kubia-2 created)',
    );
  });

  it('a deleted pod returns with its name and claim; a pod of a lost node is not replaced until force-deleted', () => {
    const run = runStatefulSet({ name: 'kubia', claimTemplate: 'data', replicas: 2, policy: 'OrderedReady' }, [
      { action: 'delete-pod', target: 'kubia-0' },
      { action: 'node-fails', target: 'kubia-1' },
      { action: 'force-delete', target: 'kubia-1' },
    ]);
    const events = run.steps.map((step) => step.event);
    expect(events).toContain('statefulset-controller: SuccessfulCreate pod kubia-0 (claim data-kubia-0 reused)');
    const evicted = events.findIndex((event) => event.includes('evicted kubia-1'));
    const forced = events.findIndex((event) => event.includes('kubectl delete pod kubia-1 --force'));
    expect(evicted).toBeGreaterThan(0);
    expect(events.slice(evicted, forced).some((event) => event.includes('SuccessfulCreate'))).toBe(false);
    expect(events[forced + 1]).toBe('statefulset-controller: SuccessfulCreate pod kubia-1 (claim data-kubia-1 reused)');
  });
});
