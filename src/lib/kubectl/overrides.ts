/**
 * The ONE reviewed table of corrections to @withfig/autocomplete's kubectl spec, checked against the kubectl
 * reference (kubernetes.io/docs/reference/kubectl/generated) for kubectl 1.37. The spec is older than that
 * kubectl: a misspelt flag, flags kubectl has since removed or deprecated, verbs added since, no defaults,
 * and flags whose value must follow `=`. Each entry says why; `model.ts` applies them in order and fails the
 * build when an entry no longer matches the spec (so a fixed upstream spec retires its correction).
 */
import type { FlagInfo, FlagStatus, FlagValue, VerbInfo } from './types';

/** The kubectl release the corrections were checked against. */
export const KUBECTL_CHECKED = '1.37';

export type Override = { why: string } & (
  | { op: 'rename-flag'; verb: string; from: string; to: string }
  | { op: 'set-flag'; verb: string | '*'; flag: string; set: Partial<Omit<FlagInfo, 'names'>> }
  | { op: 'add-flag'; verb: string; flag: FlagInfo }
  | { op: 'add-verb'; verb: string; description: string; flags?: FlagInfo[]; status?: FlagStatus }
  | { op: 'set-verb'; verb: string; description: string }
  | { op: 'add-global'; flag: FlagInfo }
);

const flag = (names: string[], description: string, value: FlagValue = 'required', more: Partial<FlagInfo> = {}) => ({
  names,
  description,
  value,
  ...more,
});

const DRY_RUN_NOTE =
  'pflag gives it a default when written bare, so a value must follow `=` (`--dry-run=client`); `--dry-run client` would read `client` as an argument';

export const OVERRIDES: readonly Override[] = [
  // --- Misspelt or wrong in the spec -------------------------------------------------------------------
  {
    op: 'rename-flag',
    verb: 'rollout undo',
    from: '--to_revision',
    to: '--to-revision',
    why: 'kubectl spells it --to-revision (the spec has an underscore and no description)',
  },
  {
    op: 'set-flag',
    verb: 'rollout undo',
    flag: '--to-revision',
    set: { description: 'The revision to roll back to; 0 means the previous one', default: '0' },
    why: 'the spec has no description; default from kubectl rollout undo --help',
  },
  {
    op: 'set-verb',
    verb: 'port-forward',
    description: 'Forward one or more local ports to a pod',
    why: 'the spec says the node needs socat; the container runtime does the forwarding in current Kubernetes',
  },
  {
    op: 'set-flag',
    verb: '*',
    flag: '--dry-run',
    set: { value: 'optional', default: 'none', values: ['none', 'server', 'client'] },
    why: DRY_RUN_NOTE,
  },
  {
    op: 'set-flag',
    verb: 'delete',
    flag: '--cascade',
    set: {
      value: 'optional',
      default: 'background',
      values: ['background', 'orphan', 'foreground'],
      description: 'How dependents are deleted: background, orphan (keep them) or foreground',
    },
    why: 'a string flag since kubectl 1.20 (the spec has the old boolean); bare --cascade means background',
  },
  // --- Removed or deprecated since the spec (and the notes) -------------------------------------------
  {
    op: 'set-flag',
    verb: '*',
    flag: '--record',
    set: {
      status: {
        kind: 'deprecated',
        since: 'kubectl 1.22',
        note: 'Hidden and deprecated: set the kubernetes.io/change-cause annotation with kubectl annotate instead',
      },
    },
    why: 'deprecated in kubectl 1.22 (kubernetes/kubernetes#102873), still accepted with a warning',
  },
  {
    op: 'set-flag',
    verb: 'run',
    flag: '--record',
    set: {
      status: {
        kind: 'removed',
        since: 'kubectl 1.18',
        note: 'kubectl run only creates a Pod now and has no --record',
      },
    },
    why: 'kubectl run lost its generators and --record in 1.18',
  },
  {
    op: 'add-flag',
    verb: 'run',
    flag: flag(['--generator'], 'Chose the API generator (Deployment, Job, Pod...) kubectl run created', 'required', {
      status: { kind: 'removed', since: 'kubectl 1.21', note: 'kubectl run only creates a Pod now: unknown flag' },
    }),
    why:
      'the notes use it; kubectl 1.18 dropped the generators (the flag then had no effect) and 1.21 the flag ' +
      '(CHANGELOG-1.21, Deprecation: "kubectl run --generator ... removed")',
  },
  {
    op: 'set-flag',
    verb: 'expose',
    flag: '--generator',
    set: {
      status: { kind: 'removed', since: 'kubectl 1.24', note: 'expose always creates a v1 Service: unknown flag' },
    },
    why: 'deprecated in 1.18, gone from kubectl expose --help in current kubectl',
  },
  {
    op: 'add-verb',
    verb: 'rolling-update',
    description: 'Replaced the pods of a ReplicationController one by one',
    flags: [flag(['--image'], 'Image to roll the ReplicationController’s pods to, under a new controller')],
    status: {
      kind: 'removed',
      since: 'kubectl 1.18',
      note: 'Use a Deployment and kubectl rollout (set image, rollout status, rollout undo)',
    },
    why: 'the notes use it (with --image); removed in kubectl 1.18',
  },
  // --- Added to kubectl since the spec ------------------------------------------------------------------
  {
    op: 'add-verb',
    verb: 'events',
    description: 'List events, newest last',
    flags: [
      flag(['-A', '--all-namespaces'], 'List the events of every namespace', 'none'),
      flag(['--for'], 'Only the events about this object (TYPE/NAME)'),
      flag(['-w', '--watch'], 'Keep watching for new events', 'none'),
      flag(['--types'], 'Only events of these types (Normal, Warning)'),
      flag(['-o', '--output'], 'Output format (json, yaml, ...)'),
    ],
    why: 'kubectl events is GA since 1.26',
  },
  {
    op: 'add-verb',
    verb: 'debug',
    description: 'Create debugging sessions for workloads and nodes',
    flags: [
      flag(['-i', '--stdin'], 'Keep stdin open on the container', 'none'),
      flag(['-t', '--tty'], 'Allocate a TTY for the debugging container', 'none'),
      flag(['--image'], 'Container image to use for the debug container'),
      flag(['--target'], 'Share the process namespace of this container'),
      flag(['-c', '--container'], 'Name of the debug container'),
      flag(['--copy-to'], 'Debug a copy of the pod with this name'),
      flag(['--profile'], 'Security profile of the debug container (legacy, general, baseline, ...)'),
    ],
    why: 'kubectl debug left alpha in 1.20; the spec only has alpha debug',
  },
  {
    op: 'add-verb',
    verb: 'create token',
    description: 'Request a service account token',
    flags: [
      flag(['--duration'], 'How long the token is valid (the server may shorten it)'),
      flag(['--audience'], 'Audience of the token'),
    ],
    why: 'added in kubectl 1.24',
  },
  {
    op: 'add-verb',
    verb: 'auth whoami',
    description: 'Show the user kubectl is authenticated as',
    why: 'added in kubectl 1.26 (GA 1.28)',
  },
  {
    op: 'add-verb',
    verb: 'top pod',
    description: 'Show the CPU and memory use of pods',
    flags: [
      flag(['-A', '--all-namespaces'], 'Pods of every namespace', 'none'),
      flag(['--containers'], 'Show each container of the pods', 'none'),
      flag(['-l', '--selector'], 'Label selector to filter on'),
      flag(['--sort-by'], 'Sort by cpu or memory'),
    ],
    why: 'the spec has no subcommands or flags for top',
  },
  {
    op: 'add-verb',
    verb: 'top node',
    description: 'Show the CPU and memory use of nodes',
    flags: [flag(['-l', '--selector'], 'Label selector to filter on'), flag(['--sort-by'], 'Sort by cpu or memory')],
    why: 'the spec has no subcommands or flags for top',
  },
  // --- Defaults the spec does not carry (from kubectl <verb> --help) -------------------------------------
  {
    op: 'set-flag',
    verb: 'logs',
    flag: '--tail',
    set: { default: '-1 (all lines; 10 with a selector)' },
    why: 'default from kubectl logs --help',
  },
  { op: 'set-flag', verb: 'delete', flag: '--grace-period', set: { default: '-1 (the pod’s own)' }, why: 'default' },
  {
    op: 'set-flag',
    verb: 'run',
    flag: '--restart',
    set: { default: 'Always' },
    why: 'default from kubectl run --help',
  },
  {
    op: 'set-flag',
    verb: 'expose',
    flag: '--type',
    set: { default: 'ClusterIP', values: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
    why: 'default and values from kubectl expose --help',
  },
  {
    op: 'set-flag',
    verb: 'get',
    flag: '--output',
    set: {
      values: ['json', 'yaml', 'wide', 'name', 'custom-columns', 'jsonpath', 'go-template', 'kyaml'],
      default: 'a table',
    },
    why: 'the spec leaves out wide and custom-columns; kyaml is new in 1.34',
  },
  // --- Flags of every verb (the spec lists only -n) ------------------------------------------------------
  ...(
    [
      flag(['--context'], 'The kubeconfig context to use'),
      flag(['--kubeconfig'], 'Path to the kubeconfig file to use'),
      flag(['--cluster'], 'The kubeconfig cluster to use'),
      flag(['--user'], 'The kubeconfig user to use'),
      flag(['-s', '--server'], 'Address and port of the API server'),
      flag(['--as'], 'User to impersonate for the operation'),
      flag(['--token'], 'Bearer token for authentication to the API server'),
      flag(['--request-timeout'], 'How long to wait for one server request', 'required', { default: '0 (no limit)' }),
      flag(['-v', '--v'], 'Log level verbosity (a number)'),
      flag(['--insecure-skip-tls-verify'], 'Do not check the server’s certificate', 'none'),
    ] satisfies FlagInfo[]
  ).map((global): Override => ({ op: 'add-global', flag: global, why: 'kubectl options (kubectl options)' })),
  {
    op: 'set-flag',
    verb: '*',
    flag: '--namespace',
    set: { description: 'The namespace to work in', default: 'the context’s namespace (usually default)' },
    why: 'the spec’s description is about completion; default from kubectl options',
  },
];

/** A verb the overrides add (used by model.ts). */
export function verbOf(override: Extract<Override, { op: 'add-verb' }>): VerbInfo {
  return {
    path: override.verb,
    description: override.description,
    subcommands: [],
    flags: override.flags ?? [],
    ...(override.status ? { status: override.status } : {}),
  };
}
