import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../lib/build/manifests';
import { describe as describeSimulation, SIMULATIONS } from '../../../lib/simulations/catalog';
import { act, goTo, setParam, start } from '../state';

const manifestsDir = path.join(__dirname, '../../../../manifests');
const spec = describeSimulation(
  'rollout',
  Object.fromEntries(SIMULATIONS.rollout.map((file) => [file, readManifest(manifestsDir, file).documents])),
);

describe('the panel state', () => {
  it('a bad value shows the API error and keeps the last valid run; a good one replays from step 0', () => {
    const { simulation, state } = start(spec);
    const moved = goTo(state, 4);
    const bad = setParam(simulation, moved, 'maxSurge', '0');
    expect(bad.errors.map((error) => error.field)).toEqual(['spec.strategy.rollingUpdate.maxUnavailable']);
    expect(bad.run).toBe(moved.run);
    expect(bad.step).toBe(4);
    expect(bad.params.maxSurge).toBe('0');
    const good = setParam(simulation, bad, 'maxSurge', '2');
    expect(good.errors).toEqual([]);
    expect(good.step).toBe(0);
    expect(good.run.steps[1]!.event).toContain('from 0 to 2');
  });

  it('an action at the step shown keeps the past, rewrites the future and shows its own step', () => {
    const { simulation, state } = start(spec);
    const paused = act(simulation, goTo(state, 2), 'pause');
    expect(paused.step).toBe(3);
    expect(paused.run.steps[3]!.event).toMatch(/^You: kubectl rollout pause/);
    expect(paused.script).toEqual([{ action: 'pause', afterStep: 2 }]);
    const resumed = act(simulation, goTo(paused, paused.run.steps.length - 1), 'resume');
    expect(resumed.script.map((action) => action.action)).toEqual(['pause', 'resume']);
  });

  it('steps stay within the run', () => {
    const { state } = start(spec);
    expect(goTo(state, -3).step).toBe(0);
    expect(goTo(state, 1000).step).toBe(state.run.steps.length - 1);
  });
});
