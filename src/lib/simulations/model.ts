/**
 * The helpers the simulation models share besides the step loop (engine.ts): reading the reader's
 * parameters as the API server would (whole numbers, this simulation's size limits), `validate` and `run`
 * made from one parser, pod name suffixes, and the controllers' clock (the next timed event).
 */
import { SimulationError } from './types';
import type { FieldError, Params, ScriptedAction, SimRun, Simulation } from './types';

/** Parses a whole number field, reporting the API server's message for a negative or non-numeric one. */
export function parseCount(params: Params, name: string, path: string, errors: FieldError[], min = 0): number {
  const raw = (params[name] ?? '').trim();
  if (!/^-?\d+$/.test(raw)) {
    errors.push({ field: path, message: `Invalid value: "${raw}": must be a whole number` });
    return 0;
  }
  const value = Number(raw);
  // apimachinery ValidateNonnegativeField: "must be greater than or equal to 0".
  if (value < min)
    errors.push({ field: path, message: `Invalid value: ${value}: must be greater than or equal to ${min}` });
  return value;
}

/**
 * This simulation's own limit on a count (a page draws every pod): past `max`, an error on the field
 * worded as the API server words a bad value (`this simulation draws at most 20 pods`).
 */
export function checkAtMost(errors: FieldError[], field: string, value: number, max: number, unit: 'pods' | 'nodes') {
  if (value > max)
    errors.push({
      field,
      message: `Invalid value: ${value}: this simulation ${unit === 'pods' ? 'draws' : 'has'} at most ${max} ${unit}`,
    });
}

/** A model's parameters, parsed: the input of a run when they are valid, else only the errors. */
export interface Parsed<Input> {
  errors: FieldError[];
  input?: Input;
}

/** A simulation's `validate` and `run` from its parser: `run` throws a `SimulationError` where `validate` fails. */
export function validateAndRun<Input>(
  parse: (params: Params) => Parsed<Input>,
  run: (input: Input, script: readonly ScriptedAction[]) => SimRun,
): Pick<Simulation, 'validate' | 'run'> {
  return {
    validate: (params) => parse(params).errors,
    run(params, script) {
      const { errors, input } = parse(params);
      if (!input) throw new SimulationError(errors);
      return run(input, script);
    },
  };
}

/** Pod names: the owner's name and a suffix made from a counter (Kubernetes uses random ones). */
export function suffix(counter: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let n = counter * 7919 + 104729;
  let out = '';
  for (let i = 0; i < 5; i++) {
    out += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length);
  }
  return out;
}

/** Something a controller or kubelet does at second `at` (a grace period ends, a node turns Unknown...). */
export interface TimedEvent {
  at: number;
  run: () => string;
}

/**
 * The earliest of the events happens: the clock moves to it (never back), then it runs; its line carries
 * the time. Undefined when no event is due. Events at the same second keep their order.
 */
export function nextTimedEvent(clock: { now: number }, events: TimedEvent[]): string | undefined {
  events.sort((a, b) => a.at - b.at);
  const next = events[0];
  if (!next) return undefined;
  clock.now = Math.max(clock.now, next.at);
  return `(${clock.now} s) ${next.run()}`;
}
