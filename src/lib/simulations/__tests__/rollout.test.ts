import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rolloutNotices, runRollout, rolloutSimulation, type RolloutInput } from '../rollout';
import { resolveFenceposts, validateRollingUpdate } from '../intOrPercent';
import type { FieldError, SimRun } from '../types';

const base = {
  name: 'kubia',
  minReadySeconds: 0,
  progressDeadlineSeconds: 600,
  from: 'luksa/kubia:v1',
  to: 'luksa/kubia:v2',
  failing: ['luksa/kubia:v3'],
};

/** [direction, image, from, to] of every ScalingReplicaSet event of the run. */
function scalings(run: SimRun): [string, string, number, number][] {
  return run.steps.flatMap((step) =>
    [...step.event.matchAll(/Scaled (up|down) replica set \S+ \(([^)]+)\) from (\d+) to (\d+)/g)].map(
      (m) => [m[1]!, m[2]!, Number(m[3]), Number(m[4])] as [string, string, number, number],
    ),
  );
}

const column = (run: SimRun, name: string, step: number) => run.steps[step]!.counts[run.columns.indexOf(name)]!;

describe('rollout: known sequences (expected values worked out by hand from the Kubernetes docs)', () => {
  it('3 replicas, maxSurge 1, maxUnavailable 0 (the docs nginx example: 25%/25% of 3) alternates one up, one down', () => {
    const run = runRollout({ ...base, replicas: 3, maxSurge: 1, maxUnavailable: 0 }, []);
    expect(scalings(run)).toEqual([
      ['up', 'luksa/kubia:v2', 0, 1],
      ['down', 'luksa/kubia:v1', 3, 2],
      ['up', 'luksa/kubia:v2', 1, 2],
      ['down', 'luksa/kubia:v1', 2, 1],
      ['up', 'luksa/kubia:v2', 2, 3],
      ['down', 'luksa/kubia:v1', 1, 0],
    ]);
    expect(run.steps.at(-1)!.event).toContain('NewReplicaSetAvailable');
    expect(Math.max(...run.steps.map((_, i) => column(run, 'total', i)))).toBe(4);
  });

  it('10 replicas, 25%/25%: surge 3 (2.5 up), unavailable 2 (2.5 down)', () => {
    expect(resolveFenceposts({ kind: 'percent', value: 25 }, { kind: 'percent', value: 25 }, 10)).toEqual([3, 2]);
    const run = runRollout({ ...base, replicas: 10, maxSurge: 3, maxUnavailable: 2 }, []);
    expect(scalings(run)).toEqual([
      ['up', 'luksa/kubia:v2', 0, 3],
      ['down', 'luksa/kubia:v1', 10, 8],
      ['up', 'luksa/kubia:v2', 3, 5],
      ['down', 'luksa/kubia:v1', 8, 3],
      ['up', 'luksa/kubia:v2', 5, 10],
      ['down', 'luksa/kubia:v1', 3, 0],
    ]);
    expect(Math.min(...run.steps.map((_, i) => column(run, 'available', i)))).toBe(8);
  });

  it("the chapter's v3 stalls: one surge pod, old pods keep serving, ProgressDeadlineExceeded after the deadline, no rollback", () => {
    const run = runRollout(
      { ...base, replicas: 3, maxSurge: 1, maxUnavailable: 0, minReadySeconds: 10, to: 'luksa/kubia:v3' },
      [],
    );
    const last = run.steps.at(-1)!;
    // The last progress is the v3 pod's creation at 0 s, so the deadline of 600 s runs out at 600 s.
    expect(last.event).toMatch(/^\(600 s\) deployment-controller: Progressing=False reason ProgressDeadlineExceeded/);
    expect(last.counts).toEqual([3, 1, 3, 3, 4]);
    expect(scalings(run)).toEqual([['up', 'luksa/kubia:v3', 0, 1]]);
  });

  it('undo after the deadline goes back to v1 and removes the v3 pod', () => {
    const run = runRollout(
      { ...base, replicas: 3, maxSurge: 1, maxUnavailable: 0, minReadySeconds: 10, to: 'luksa/kubia:v3' },
      [{ action: 'undo' }],
    );
    expect(run.steps.at(-1)!.counts).toEqual([0, 3, 3, 3, 3]);
    expect(scalings(run).at(-1)).toEqual(['down', 'luksa/kubia:v3', 1, 0]);
  });

  it('pause stops the rollout where it is; resume finishes it', () => {
    const paused = runRollout({ ...base, replicas: 3, maxSurge: 1, maxUnavailable: 0 }, [
      { action: 'pause', afterStep: 2 },
    ]);
    expect(scalings(paused)).toEqual([['up', 'luksa/kubia:v2', 0, 1]]);
    const resumed = runRollout({ ...base, replicas: 3, maxSurge: 1, maxUnavailable: 0 }, [
      { action: 'pause', afterStep: 2 },
      { action: 'resume' },
    ]);
    expect(resumed.steps.at(-1)!.counts).toEqual([0, 3, 3, 3, 3]);
  });
});

describe('rollout: validation as the API server reports it', () => {
  const messages = (surge: string, unavailable: string) => {
    const errors: FieldError[] = [];
    validateRollingUpdate(surge, unavailable, errors);
    return errors.map((error) => `${error.field}: ${error.message}`);
  };
  it('rejects both 0, naming maxUnavailable', () => {
    expect(messages('0', '0')).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    ]);
    expect(messages('0%', '0')).toHaveLength(1);
  });
  it('rejects a negative number and an unreadable percent', () => {
    expect(messages('-1', '1')).toEqual([
      'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0',
    ]);
    expect(messages('1', '25 %')[0]).toMatch(
      /^spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "25 %": a valid percent string must be a numeric string followed by an ending '%'/,
    );
  });
  it('rejects maxUnavailable over 100% but not maxSurge', () => {
    expect(messages('1', '110%')).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "110%": must not be greater than 100%',
    ]);
    expect(messages('200%', '0')).toEqual([]);
  });
  it('25 where 25% was meant is valid, with a notice that it counts pods', () => {
    expect(messages('25', '0')).toEqual([]);
    expect(rolloutNotices({ replicas: '3', maxSurge: '25', maxUnavailable: '0' })).toEqual([
      'maxSurge: 25 is a number of pods, more than the 3 replicas, not 25%; the API server accepts it. Write 25% for a percentage.',
    ]);
    expect(rolloutNotices({ replicas: '3', maxSurge: '25%', maxUnavailable: '1' })).toEqual([]);
  });

  it('the simulation keeps its errors and refuses to run', () => {
    const simulation = rolloutSimulation({
      name: 'kubia',
      from: 'luksa/kubia:v1',
      images: ['luksa/kubia:v2'],
      failing: [],
    });
    const params = {
      replicas: '3',
      maxSurge: '0',
      maxUnavailable: '0',
      minReadySeconds: '0',
      progressDeadlineSeconds: '600',
      image: 'luksa/kubia:v2',
    };
    expect(simulation.validate(params)).toHaveLength(1);
    expect(() => simulation.run(params, [])).toThrow(/may not be 0 when `maxSurge` is 0/);
    expect(simulation.validate({ ...params, progressDeadlineSeconds: '0' }).map((e) => e.field)).toContain(
      'spec.progressDeadlineSeconds',
    );
  });
});

describe('rollout: invariants at every step', () => {
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 12 }).map((value) => ({ kind: 'int' as const, value })),
    fc.integer({ min: 0, max: 100 }).map((value) => ({ kind: 'percent' as const, value })),
  );
  const inputs = fc
    .record({
      replicas: fc.integer({ min: 1, max: 12 }),
      surge: amount,
      unavailable: amount,
      minReadySeconds: fc.integer({ min: 0, max: 30 }),
    })
    .map(({ replicas, surge, unavailable, minReadySeconds }): RolloutInput => {
      const [maxSurge, maxUnavailable] = resolveFenceposts(surge, unavailable, replicas);
      return {
        ...base,
        replicas,
        maxSurge,
        maxUnavailable: Math.min(maxUnavailable, replicas),
        minReadySeconds,
        progressDeadlineSeconds: 600,
      };
    });

  it('a good version: total <= replicas + maxSurge, available >= replicas - maxUnavailable, ends all new and available', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const run = runRollout(input, []);
        run.steps.forEach((_, i) => {
          expect(column(run, 'total', i)).toBeLessThanOrEqual(input.replicas + input.maxSurge);
          expect(column(run, 'available', i)).toBeGreaterThanOrEqual(input.replicas - input.maxUnavailable);
        });
        expect(run.steps.at(-1)!.counts).toEqual([0, input.replicas, input.replicas, input.replicas, input.replicas]);
      }),
    );
  });

  it('a version that never stays ready (v3, minReadySeconds >= 6): stalls with old pods serving, then the deadline condition', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.integer({ min: 6, max: 30 }),
        fc.integer({ min: 31, max: 900 }),
        (input, minReadySeconds, deadline) => {
          const bad = { ...input, minReadySeconds, progressDeadlineSeconds: deadline, to: 'luksa/kubia:v3' };
          const run = runRollout(bad, []);
          run.steps.forEach((_, i) => {
            expect(column(run, 'total', i)).toBeLessThanOrEqual(bad.replicas + bad.maxSurge);
            expect(column(run, 'available', i)).toBeGreaterThanOrEqual(bad.replicas - bad.maxUnavailable);
          });
          const last = run.steps.at(-1)!;
          expect(last.event).toContain('ProgressDeadlineExceeded');
          const seconds = Number(/^\((\d+) s\)/.exec(last.event)?.[1]);
          expect(seconds).toBeGreaterThanOrEqual(deadline);
          expect(column(run, 'old', run.steps.length - 1)).toBeGreaterThanOrEqual(bad.replicas - bad.maxUnavailable);
          expect(run.steps.some((step) => step.event.includes('NewReplicaSetAvailable'))).toBe(false);
        },
      ),
    );
  });
});
