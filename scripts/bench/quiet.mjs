/**
 * The bench's rule for a busy machine: it measures only while the other processes use less than
 * BUSY_CORES (./machine.mjs). Before it starts it waits, a bounded time, for the machine to be quiet; each
 * measurement carries the load it ran under, and one that ran while the machine was busy is measured again
 * after a wait. When the machine stays busy the bench stops and says so: it never reports numbers from a
 * loaded machine, unless asked to for development (`unreliable`), and then every report says UNRELIABLE.
 */
import { BUSY_CORES, available, describeLoad, loadBetween, sample, snapshot } from './machine.mjs';

export class MachineBusyError extends Error {
  constructor(load, waited) {
    super(
      `The machine is busy: ${describeLoad(load)} (the bench needs them under ${BUSY_CORES}), ` +
        `still after waiting ${Math.round(waited / 1000)} s. No numbers are reported. Run it again on a quiet ` +
        'machine, or with --unreliable for development (its numbers marked UNRELIABLE).',
    );
    this.name = 'MachineBusyError';
    this.load = load;
  }
}

/**
 * @param {object} options
 * @param {boolean} [options.unreliable] measure whatever the load, and say so
 * @param {number} [options.maxWaitMs] how long to wait for a quiet machine each time, at most
 * @param {number} [options.retries] measurements of one thing repeated after a busy spell, at most
 * @param {(line: string) => void} [options.log]
 * @param {typeof sample} [options.sampler] the load over a period (tests give their own)
 * @param {typeof measureLoad} [options.meter] runs a measurement and reads the load meanwhile (tests give their own)
 * @param {number} [options.busyCores] other processes' cores above which the machine is busy
 */
export function quietRule({
  unreliable = false,
  maxWaitMs = 300_000,
  retries = 2,
  log = console.log,
  sampler = sample,
  meter = measureLoad,
  busyCores = BUSY_CORES,
} = {}) {
  if (!available() && sampler === sample) {
    throw new Error('The bench reads the machine load from /proc (Linux); this system has none.');
  }
  const busy = (load) => load.others > busyCores;
  let unreliableLoads = 0;

  /** Waits until a 5 s sample shows a quiet machine; returns that sample, or throws MachineBusyError. */
  async function waitUntilQuiet(reason) {
    const started = Date.now();
    let load = await sampler(5_000);
    if (!busy(load) || unreliable) return load;
    log(`  ${reason}: ${describeLoad(load)}; waiting up to ${Math.round(maxWaitMs / 1000)} s for a quiet machine`);
    while (busy(load)) {
      if (Date.now() - started >= maxWaitMs) throw new MachineBusyError(load, Date.now() - started);
      load = await sampler(5_000);
    }
    log(`  quiet after ${Math.round((Date.now() - started) / 1000)} s: ${describeLoad(load)}`);
    return load;
  }

  /** Runs one measurement; repeats it when the machine was busy meanwhile. Returns its value and load. */
  async function measure(label, run) {
    for (let attempt = 0; ; attempt += 1) {
      const { value, load } = await meter(run);
      if (!busy(load)) return { value, load, reliable: true };
      if (unreliable) {
        unreliableLoads += 1;
        return { value, load, reliable: false };
      }
      if (attempt >= retries) throw new MachineBusyError(load, 0);
      log(`  ${label}: ran while ${describeLoad(load)}; measuring it again`);
      await waitUntilQuiet(label);
    }
  }

  return { waitUntilQuiet, measure, unreliable, busyCores, unreliableCount: () => unreliableLoads };
}

/** Runs `run` between two snapshots of the machine; the load is that of the other processes meanwhile. */
export async function measureLoad(run) {
  const before = snapshot();
  const value = await run();
  return { value, load: loadBetween(before, snapshot()) };
}

/**
 * The rule for a bench script that measures in one go (bench:search, bench:editor): waits for a quiet
 * machine or exits (code 3) saying so, unless `unreliable`; returns a function that prints the load the
 * measurement ran under, UNRELIABLE when other processes used too much of the machine meanwhile.
 */
export async function requireQuiet({ unreliable = false, log = console.log } = {}) {
  const rule = quietRule({ unreliable, log });
  let load;
  try {
    load = await rule.waitUntilQuiet('before the bench');
  } catch (error) {
    if (!(error instanceof MachineBusyError)) throw error;
    console.error(error.message);
    process.exit(3);
  }
  log(`Machine before the bench: ${describeLoad(load)}${unreliable ? ' (--unreliable: numbers UNRELIABLE)' : ''}`);
  const before = snapshot();
  return () => {
    const during = loadBetween(before, snapshot());
    const trusted = !unreliable && during.others <= rule.busyCores;
    log(
      `\nMachine during the bench: ${describeLoad(during)}${trusted ? '' : '. UNRELIABLE: other processes used the machine meanwhile; do not compare these numbers.'}`,
    );
  };
}
