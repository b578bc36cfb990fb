/**
 * Chapter 10: a StatefulSet. Rules and their sources (kubernetes/kubernetes
 * pkg/controller/statefulset/stateful_set_control.go `updateStatefulSet`, and
 * https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/):
 * - Pods are named <name>-<ordinal>, ordinals 0..replicas-1; each gets the claim
 *   <template>-<name>-<ordinal>, created before the pod if missing (`createPersistentVolumeClaims`).
 * - OrderedReady (the default podManagementPolicy): a pod is created only when every lower ordinal is
 *   Running and Ready; scale-down deletes the highest ordinal first, one at a time, each only after the
 *   previous one is gone, and not while any pod is unhealthy. Parallel: all at once, no waiting.
 * - A deleted pod comes back with the same name and the same claim. Claims are kept when the set scales
 *   down (persistentVolumeClaimRetentionPolicy whenScaled: Retain, the default).
 * - A pod on a node that stops answering: Unknown after the node monitor grace period (40 s), evicted
 *   after tolerationSeconds 300, then Terminating until its kubelet confirms; the StatefulSet creates no
 *   replacement while the old pod object exists (at most one pod per identity) until you force-delete it
 *   (https://kubernetes.io/docs/tasks/run-application/force-delete-stateful-set-pod/).
 * Times are illustrative: running 1 s after creation, ready 1 s later, gone 2 s after a graceful delete.
 */
import { runMachine, type Machine } from './engine';
import { checkAtMost, nextTimedEvent, parseCount, validateAndRun, type Parsed, type TimedEvent } from './model';
import type { FieldError, Params, ScriptedAction, SimRun, Simulation } from './types';

export interface StatefulSetInput {
  name: string;
  claimTemplate: string;
  replicas: number;
  policy: 'OrderedReady' | 'Parallel';
}

interface OrdinalPod {
  ordinal: number;
  node: string;
  created: number;
  terminating: boolean;
  goneAt?: number;
  lost: boolean;
}

const NODES = ['node-1', 'node-2', 'node-3'];

class StatefulSetMachine implements Machine {
  now = 0;
  replicas: number;
  pods: OrdinalPod[] = [];
  claims = new Set<number>();
  lostAt = new Map<number, number>();
  stage = new Map<number, 'unknown' | 'evicted'>();
  deadNodes = new Set<string>();

  constructor(private readonly input: StatefulSetInput) {
    this.replicas = input.replicas;
  }

  private podName(ordinal: number): string {
    return `${this.input.name}-${ordinal}`;
  }

  private running(pod: OrdinalPod): boolean {
    return this.now >= pod.created + 1 && !pod.lost;
  }

  private ready(pod: OrdinalPod): boolean {
    return this.now >= pod.created + 2 && !pod.lost && !pod.terminating;
  }

  apply(action: ScriptedAction): string {
    const pod = this.pods.find((candidate) => this.podName(candidate.ordinal) === action.target);
    switch (action.action) {
      case 'scale': {
        const replicas = Number(action.target);
        if (!Number.isInteger(replicas) || replicas < 0)
          return `You: kubectl scale --replicas=${action.target ?? ''}: rejected, must be a whole number >= 0`;
        this.replicas = replicas;
        return `You: kubectl scale statefulset ${this.input.name} --replicas=${replicas}`;
      }
      case 'delete-pod':
        if (!pod || pod.terminating) return `You: kubectl delete pod ${action.target ?? ''}: no such running pod`;
        pod.terminating = true;
        pod.goneAt = pod.lost ? undefined : this.now + 2;
        return `You: kubectl delete pod ${this.podName(pod.ordinal)}: Terminating`;
      case 'node-fails':
        if (!pod || pod.lost) return `You: no pod ${action.target ?? ''} on a working node`;
        pod.lost = true;
        this.deadNodes.add(pod.node);
        this.lostAt.set(pod.ordinal, this.now);
        return `You: ${pod.node}, the node of ${this.podName(pod.ordinal)}, stops answering`;
      case 'force-delete':
        if (!pod) return `You: kubectl delete pod ${action.target ?? ''} --force --grace-period 0: no such pod`;
        this.pods = this.pods.filter((candidate) => candidate !== pod);
        this.lostAt.delete(pod.ordinal);
        this.stage.delete(pod.ordinal);
        return `You: kubectl delete pod ${this.podName(pod.ordinal)} --force --grace-period 0: the pod object is gone at once`;
      default:
        throw new Error(`statefulSet: unknown action "${action.action}"`);
    }
  }

  react(): string | undefined {
    return this.controller() ?? this.tick();
  }

  private controller(): string | undefined {
    const ordered = this.input.policy === 'OrderedReady';
    const byOrdinal = (ordinal: number) => this.pods.find((pod) => pod.ordinal === ordinal);
    const created: string[] = [];
    for (let ordinal = 0; ordinal < this.replicas; ordinal++) {
      const pod = byOrdinal(ordinal);
      if (!pod) {
        if (ordered && created.length > 0) break;
        const claim = this.claims.has(ordinal)
          ? `claim ${this.claim(ordinal)} reused`
          : `claim ${this.claim(ordinal)} created`;
        this.claims.add(ordinal);
        const taken = this.pods.map((other) => other.node);
        const node =
          NODES.filter((candidate) => !this.deadNodes.has(candidate)).sort(
            (a, b) => taken.filter((n) => n === a).length - taken.filter((n) => n === b).length,
          )[0] ?? 'node-1';
        this.pods.push({ ordinal, node, created: this.now, terminating: false, lost: false });
        created.push(`pod ${this.podName(ordinal)} (${claim})`);
        continue;
      }
      // OrderedReady: wait until this pod is Running and Ready (and not terminating) before the next one.
      if (ordered && (pod.terminating || !this.ready(pod))) break;
    }
    if (created.length > 0) {
      return `statefulset-controller: SuccessfulCreate ${created.join(', ')}`;
    }
    const condemned = this.pods
      .filter((pod) => pod.ordinal >= this.replicas && !pod.terminating)
      .sort((a, b) => b.ordinal - a.ordinal);
    if (condemned.length === 0) return undefined;
    if (ordered) {
      const unhealthy = this.pods.some((pod) => pod.terminating || !this.ready(pod));
      if (unhealthy) return undefined;
      condemned.splice(1);
    }
    for (const pod of condemned) {
      pod.terminating = true;
      pod.goneAt = this.now + 2;
    }
    return `statefulset-controller: SuccessfulDelete ${condemned.map((pod) => `pod ${this.podName(pod.ordinal)}`).join(', ')} (highest ordinal first; claims kept)`;
  }

  private claim(ordinal: number): string {
    return `${this.input.claimTemplate}-${this.podName(ordinal)}`;
  }

  private tick(): string | undefined {
    const events: TimedEvent[] = [];
    for (const pod of this.pods) {
      const name = this.podName(pod.ordinal);
      if (!pod.lost && !pod.terminating && this.now < pod.created + 1)
        events.push({ at: pod.created + 1, run: () => `kubelet on ${pod.node}: ${name} Running` });
      else if (!pod.lost && !pod.terminating && this.now < pod.created + 2)
        events.push({ at: pod.created + 2, run: () => `kubelet on ${pod.node}: ${name} Ready` });
      if (pod.terminating && pod.goneAt !== undefined) {
        const at = pod.goneAt;
        events.push({
          at,
          run: () => {
            this.pods = this.pods.filter((other) => other !== pod);
            return `kubelet on ${pod.node}: ${name} stopped; the pod object is gone (claim ${this.claim(pod.ordinal)} stays)`;
          },
        });
      }
      const since = this.lostAt.get(pod.ordinal);
      if (since !== undefined && !this.stage.has(pod.ordinal)) {
        events.push({
          at: since + 40,
          run: () => {
            this.stage.set(pod.ordinal, 'unknown');
            return `node-lifecycle-controller: ${pod.node} Ready=Unknown; ${name} marked not ready`;
          },
        });
      } else if (since !== undefined && this.stage.get(pod.ordinal) === 'unknown') {
        events.push({
          at: since + 340,
          run: () => {
            this.stage.set(pod.ordinal, 'evicted');
            pod.terminating = true;
            pod.goneAt = undefined;
            return `taint-eviction-controller: evicted ${name} after tolerationSeconds 300: Terminating until ${pod.node} answers; no replacement (force-delete it if the node is really gone)`;
          },
        });
      }
    }
    return nextTimedEvent(this, events);
  }

  view() {
    const sorted = [...this.pods].sort((a, b) => a.ordinal - b.ordinal);
    return {
      counts: [this.replicas, this.pods.length, this.pods.filter((pod) => this.ready(pod)).length, this.claims.size],
      pods: sorted.map((pod) => ({
        name: this.podName(pod.ordinal),
        group: `ordinal ${pod.ordinal}, claim ${this.claim(pod.ordinal)}`,
        phase: pod.terminating
          ? ('Terminating' as const)
          : pod.lost && this.stage.has(pod.ordinal)
            ? ('Unknown' as const)
            : this.running(pod)
              ? ('Running' as const)
              : ('Pending' as const),
        ready: this.ready(pod) && !this.stage.has(pod.ordinal),
        node: pod.node,
      })),
      notes: [...this.claims]
        .sort((a, b) => a - b)
        .map(
          (ordinal) =>
            `PersistentVolumeClaim ${this.claim(ordinal)}: Bound${this.pods.some((pod) => pod.ordinal === ordinal) ? '' : ' (no pod uses it now)'}`,
        ),
    };
  }
}

export function runStatefulSet(input: StatefulSetInput, script: readonly ScriptedAction[]): SimRun {
  return {
    columns: ['replicas', 'pods', 'ready', 'claims'],
    steps: runMachine(
      new StatefulSetMachine(input),
      `You: kubectl create -f (StatefulSet ${input.name}, replicas ${input.replicas}, ${input.policy})`,
      script,
    ),
  };
}

function parse(params: Params, name: string, claimTemplate: string): Parsed<StatefulSetInput> {
  const errors: FieldError[] = [];
  const replicas = parseCount(params, 'replicas', 'spec.replicas', errors);
  checkAtMost(errors, 'spec.replicas', replicas, 20, 'pods');
  const policy = params.podManagementPolicy ?? '';
  // ValidatePodManagementPolicy (apps validation): only the two supported values.
  if (policy !== 'OrderedReady' && policy !== 'Parallel') {
    errors.push({
      field: 'spec.podManagementPolicy',
      message: `Unsupported value: "${policy}": supported values: "OrderedReady", "Parallel"`,
    });
  }
  if (errors.length > 0) return { errors };
  return { errors, input: { name, claimTemplate, replicas, policy: policy as StatefulSetInput['policy'] } };
}

export function statefulSetSimulation(name: string, claimTemplate: string): Simulation {
  return {
    id: 'statefulset',
    title: `StatefulSet ${name}: ordinals, claims and a lost node`,
    params: [
      { name: 'replicas', path: 'spec.replicas' },
      { name: 'podManagementPolicy', path: 'spec.podManagementPolicy', choices: ['OrderedReady', 'Parallel'] },
    ],
    actions: [
      { id: 'scale', label: 'Scale to', target: 'number' },
      { id: 'delete-pod', label: 'Delete pod', target: 'pod' },
      { id: 'node-fails', label: "Pod's node stops answering", target: 'pod' },
      { id: 'force-delete', label: 'Force-delete pod', target: 'pod' },
    ],
    ...validateAndRun((params) => parse(params, name, claimTemplate), runStatefulSet),
  };
}
