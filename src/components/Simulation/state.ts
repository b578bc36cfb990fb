/**
 * The panel's state, without React: the parameters as typed, the reader's script, the run on screen and
 * the step shown. Invalid parameters keep the last valid run on screen, with the API server's errors.
 */
import { simulationOf, type SimulationSpec } from '../../lib/simulations/catalog';
import {
  SimulationError,
  type FieldError,
  type Params,
  type ScriptedAction,
  type SimRun,
  type Simulation,
} from '../../lib/simulations/types';

export interface PanelState {
  params: Params;
  /** The parameters of the run on screen. */
  validParams: Params;
  script: ScriptedAction[];
  run: SimRun;
  step: number;
  errors: FieldError[];
}

export function start(spec: SimulationSpec): { simulation: Simulation; state: PanelState } {
  const simulation = simulationOf(spec);
  return {
    simulation,
    state: {
      params: spec.params,
      validParams: spec.params,
      script: spec.script,
      run: simulation.run(spec.params, spec.script),
      step: 0,
      errors: [],
    },
  };
}

function rerun(
  simulation: Simulation,
  state: PanelState,
  params: Params,
  script: ScriptedAction[],
  step: number,
): PanelState {
  const errors = simulation.validate(params);
  if (errors.length > 0) return { ...state, params, errors };
  try {
    const run = simulation.run(params, script);
    return { params, validParams: params, script, run, step: Math.min(step, run.steps.length - 1), errors: [] };
  } catch (error) {
    if (error instanceof SimulationError) return { ...state, params, errors: error.errors };
    throw error;
  }
}

/** A parameter changed: a valid set replays from step 0; an invalid one keeps the run on screen. */
export function setParam(simulation: Simulation, state: PanelState, name: string, value: string): PanelState {
  return rerun(simulation, state, { ...state.params, [name]: value }, state.script, 0);
}

/**
 * The reader acts at the step shown: the actions that led there stay, the future is rewritten, and the
 * panel shows the step the action made.
 */
export function act(simulation: Simulation, state: PanelState, action: string, target?: string): PanelState {
  const past = state.run.steps.slice(1, state.step + 1).flatMap((step) => (step.action ? [step.action] : []));
  const added: ScriptedAction = { action, afterStep: state.step, ...(target !== undefined ? { target } : {}) };
  return rerun(simulation, state, state.validParams, [...past, added], state.step + 1);
}

export function goTo(state: PanelState, step: number): PanelState {
  return { ...state, step: Math.max(0, Math.min(step, state.run.steps.length - 1)) };
}
