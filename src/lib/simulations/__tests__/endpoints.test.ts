import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matches, runEndpoints } from '../endpoints';

const service = { service: 'kubia', selector: { app: 'kubia' }, podPrefix: 'kubia', labels: { app: 'kubia' } };

describe('endpoints follow readiness', () => {
  it('failureThreshold 3, period 10: not ready on the third failure in a row, ready again on the first success', () => {
    const run = runEndpoints(
      { ...service, replicas: 2, initialDelaySeconds: 5, periodSeconds: 10, failureThreshold: 3, successThreshold: 1 },
      [
        { action: 'make-unhealthy', target: 'kubia-gszhb' },
        { action: 'make-healthy', target: 'kubia-gszhb' },
      ],
    );
    const events = run.steps.map((step) => step.event);
    expect(events.find((event) => event.includes('not ready (3 failures'))).toMatch(/^\(45 s\)/);
    expect(events.filter((event) => event.includes('kubia-gszhb Ready'))).toHaveLength(2);
  });

  it('ready endpoints are exactly the ready pods the selector matches, at every step', () => {
    const action = fc.record({
      action: fc.constantFrom('make-unhealthy', 'make-healthy'),
      target: fc.constantFrom('kubia-gszhb', 'kubia-qnfjb', 'kubia-2jsjb'),
      afterStep: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(action, { maxLength: 6 }),
        (failureThreshold, successThreshold, replicas, script) => {
          const run = runEndpoints(
            { ...service, replicas, initialDelaySeconds: 0, periodSeconds: 10, failureThreshold, successThreshold },
            script,
          );
          for (const step of run.steps) {
            const readyPods = step.pods.filter((pod) => pod.ready).map((pod) => pod.name);
            const readyEndpoints = step.notes
              .filter((note) => note.includes('ready=true'))
              .map((note) => /\((.+)\)$/.exec(note)![1]);
            expect(readyEndpoints.sort()).toEqual(readyPods.sort());
          }
        },
      ),
    );
    expect(matches({ app: 'kubia' }, { app: 'kubia', tier: 'web' })).toBe(true);
    expect(matches({ app: 'kubia' }, { app: 'foo' })).toBe(false);
  });
});
