/**
 * The shapes every simulation shares. A simulation is a pure, deterministic function of its parameters
 * and the reader's script of actions: the same input always gives the same run, so the build can write
 * the default run into the page and the browser can replay any change.
 */

/** A pod as drawn: grouped by owner (a ReplicaSet, an ordinal...), with its marks. */
export interface PodView {
  name: string;
  /** The owner the pod is drawn under: `old ReplicaSet kubia-…`, `kubia (ordinal)`, `no owner`... */
  group: string;
  phase: 'Pending' | 'Running' | 'Unknown' | 'Terminating';
  ready: boolean;
  /** Only where availability is taught (Deployments): ready for at least minReadySeconds. */
  available?: boolean;
  node?: string;
}

/** One line of the step log, and the state after it. */
export interface SimStep {
  /** What happened, as one event line (who did what to which object). */
  event: string;
  /** Counts after the step, in the order of `SimRun.columns`. */
  counts: number[];
  pods: PodView[];
  /** Other objects worth showing after the step: endpoints, claims, conditions. */
  notes: string[];
  /** The reader's (or the default script's) action this step carries out, with the step it followed. */
  action?: ScriptedAction;
}

export interface SimRun {
  /** Names of the count columns of the log. */
  columns: string[];
  /** Step 0 is the starting state; each further step is one thing that happened. */
  steps: SimStep[];
}

/** A validation error, naming the field as the API server does. */
export interface FieldError {
  field: string;
  message: string;
}

/** The parameters as the reader typed them (strings), by YAML field name. */
export type Params = Record<string, string>;

export interface ParamSpec {
  /** The YAML field's name, shown as the input's label (`maxSurge`). */
  name: string;
  /** Its full path, used in error messages (`spec.strategy.rollingUpdate.maxSurge`). */
  path: string;
  /** A select instead of a text input. */
  choices?: string[];
}

/** Something the reader can do at the current step. */
export interface ActionSpec {
  id: string;
  label: string;
  /** What the action needs: a pod of the current step, a node, a number, or nothing. */
  target: 'pod' | 'node' | 'number' | 'none';
}

/**
 * A reader action, applied right after step `afterStep` of the run; without `afterStep`, as soon as the
 * controllers have nothing left to do (the default scripts of the pages are written so).
 */
export interface ScriptedAction {
  afterStep?: number;
  action: string;
  target?: string;
}

export interface Simulation {
  id: string;
  title: string;
  params: ParamSpec[];
  actions: ActionSpec[];
  /** Errors as the API server's validation would report them; empty when the parameters are valid. */
  validate(params: Params): FieldError[];
  /** Values the API server accepts but that likely mean something else (`25` for `25%`). */
  notices?(params: Params): string[];
  /** The run; throws a `SimulationError` on parameters `validate` rejects. */
  run(params: Params, script: ScriptedAction[]): SimRun;
}

export class SimulationError extends Error {
  override name = 'SimulationError';
  constructor(readonly errors: FieldError[]) {
    super(errors.map((error) => `${error.field}: ${error.message}`).join('; '));
  }
}
