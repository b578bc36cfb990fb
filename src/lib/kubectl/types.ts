/**
 * The one model of kubectl the site reads: verbs (subcommands), their flags, the flags every verb takes,
 * and the resource types. Plain JSON data, so the build can hand a slice of it to the browser. Built from
 * @withfig/autocomplete's kubectl spec plus one reviewed table of corrections (overrides.ts) by model.ts.
 */

/** How a flag takes its value: not at all, as the next word or after `=`, or only after `=` (`--dry-run=client`). */
export type FlagValue = 'none' | 'required' | 'optional';

export interface FlagStatus {
  kind: 'removed' | 'deprecated';
  /** `kubectl 1.18` */
  since: string;
  /** One sentence: what kubectl 1.37 does with it and what to use. */
  note: string;
}

export interface FlagInfo {
  /** Every spelling, short first: `['-n', '--namespace']`. */
  names: string[];
  description: string;
  value: FlagValue;
  /** kubectl's default when the flag is not given (as `kubectl <verb> --help` prints it). */
  default?: string;
  /** The values kubectl accepts, when it is a fixed set. */
  values?: string[];
  status?: FlagStatus;
}

export interface VerbInfo {
  /** `get`, `rollout undo`, `create secret generic`. */
  path: string;
  description: string;
  /** Words of sub-verbs that follow this one (`rollout` -> `undo`, `status`...). */
  subcommands: string[];
  flags: FlagInfo[];
  status?: FlagStatus;
}

export interface ResourceInfo {
  /** kubectl's plural: `replicationcontrollers`. */
  plural: string;
  singular: string;
  kind: string;
  short: string[];
  /** API group, '' for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
}

export interface KubectlModel {
  /** The kubectl release the model was checked against (src/data/versions.json). */
  version: string;
  verbs: Record<string, VerbInfo>;
  /** Flags every verb takes (`-n`, `--context`...). */
  globalFlags: FlagInfo[];
  resources: ResourceInfo[];
}
