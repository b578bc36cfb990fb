import { describe, expect, test } from 'vitest';
import { MachineBusyError, quietRule } from '../quiet.mjs';

const load = (others: number) => ({ others, loadavg: others, cpus: 2, seconds: 5 });
/** A machine whose other processes use these cores, one value per reading, the last one for ever after. */
function machine(readings: number[]) {
  let index = 0;
  const next = () => load(readings[Math.min(index++, readings.length - 1)] ?? 0);
  return {
    sampler: async () => next(),
    meter: async <T>(run: () => Promise<T>) => ({ value: await run(), load: next() }),
  };
}
const quiet = { log: () => undefined, maxWaitMs: 0 };

describe('the quiet-machine rule', () => {
  test('measures on a quiet machine, with the load it ran under', async () => {
    const rule = quietRule({ ...quiet, ...machine([0.1]) });
    expect(await rule.measure('run', async () => 42)).toEqual({ value: 42, load: load(0.1), reliable: true });
  });

  test('measures again when other processes took more than half a core meanwhile', async () => {
    let runs = 0;
    // busy during the first run, quiet in the wait and the second run
    const rule = quietRule({ ...quiet, maxWaitMs: 60_000, ...machine([1.2, 0.1, 0.2]) });
    const result = await rule.measure('run', async () => (runs += 1));
    expect(runs).toBe(2);
    expect(result).toEqual({ value: 2, load: load(0.2), reliable: true });
  });

  test('stops, saying how busy the machine is, when it stays busy', async () => {
    const rule = quietRule({ ...quiet, ...machine([1.8]) });
    await expect(rule.waitUntilQuiet('before the bench')).rejects.toThrow(MachineBusyError);
    await expect(rule.measure('run', async () => 1)).rejects.toThrow(/other processes 1\.80 of 2 cores/);
  });

  test('with `unreliable`, measures on a busy machine without waiting, and marks the result', async () => {
    const rule = quietRule({ ...quiet, unreliable: true, ...machine([1.8]) });
    expect(await rule.waitUntilQuiet('before the bench')).toEqual(load(1.8));
    expect(await rule.measure('run', async () => 7)).toEqual({ value: 7, load: load(1.8), reliable: false });
    expect(rule.unreliableCount()).toBe(1);
  });
});
