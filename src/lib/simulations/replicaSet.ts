/**
 * Chapter 4: a ReplicationController (or ReplicaSet) keeps its count. Rules and their sources:
 * - It counts the active pods that match its selector: pods being deleted (deletionTimestamp set) do not
 *   count (`FilterActivePods`/`IsPodActive`, pkg/controller/controller_utils.go), nor does a pod whose
 *   labels no longer match (`manageReplicas`, pkg/controller/replicaset/replica_set.go; the
 *   ReplicationController is the same controller through an adapter, pkg/controller/replication).
 * - Too few: it creates the missing pods from its template. Too many: it deletes the surplus, chosen by
 *   `getPodsToDelete` (see ranking.ts).
 * - The scheduler binds pending pods; the kubelet of the node starts them.
 * - A node that stops reporting is marked Unknown after the node monitor grace period (40 s by default,
 *   kube-controller-manager `--node-monitor-grace-period`), its pods are marked not ready
 *   (`MarkPodsNotReady`, pkg/controller/util/node), and it gets the taint node.kubernetes.io/unreachable.
 *   Pods tolerate it for 300 s (the DefaultTolerationSeconds admission plugin), then are evicted (deleted);
 *   they stay Terminating, as no kubelet confirms, and the controller replaces them
 *   (https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions).
 */
import { runMachine, type Machine } from './engine';
import { deletionOrder } from './ranking';
import { checkAtMost, nextTimedEvent, parseCount, suffix, validateAndRun, type TimedEvent } from './model';
import type { FieldError, Params, ScriptedAction, SimRun, Simulation } from './types';

export interface ControllerPod {
  name: string;
  node?: string;
  phase: 'Pending' | 'Running' | 'Unknown';
  ready: boolean;
  readySince?: number;
  restarts: number;
  created: number;
  matches: boolean;
  terminating: boolean;
  /** Second at which a terminating pod is gone. */
  goneAt?: number;
}

const GRACE_SECONDS = 30; // terminationGracePeriodSeconds default (PodSpec)
const NODE_GRACE = 40; // --node-monitor-grace-period default
const TOLERATION = 300; // DefaultTolerationSeconds admission plugin

export interface ReplicaSetInput {
  kind: string;
  name: string;
  replicas: number;
  nodes: number;
}

class ReplicaSetMachine implements Machine {
  pods: ControllerPod[] = [];
  now = 0;
  counter = 0;
  replicas: number;
  nodes: string[];
  down = new Map<string, number>(); // node -> second it stopped reporting
  unknown = new Set<string>();
  evicted = new Set<string>();

  constructor(private readonly input: ReplicaSetInput) {
    this.replicas = input.replicas;
    this.nodes = Array.from({ length: input.nodes }, (_, i) => `node-${i + 1}`);
  }

  private get owner(): string {
    return `${this.input.kind} ${this.input.name}`;
  }

  active(): ControllerPod[] {
    return this.pods.filter((pod) => pod.matches && !pod.terminating);
  }

  private find(name?: string): ControllerPod | undefined {
    return this.pods.find((pod) => pod.name === name && !pod.terminating);
  }

  /** A new pod that matches the selector, created now: Pending until the scheduler binds it. */
  private addPod(name: string): void {
    this.pods.push({
      name,
      phase: 'Pending',
      ready: false,
      restarts: 0,
      created: this.now,
      matches: true,
      terminating: false,
    });
  }

  apply(action: ScriptedAction): string {
    this.now += 1;
    const pod = this.find(action.target);
    switch (action.action) {
      case 'delete-pod':
        if (!pod) return `You: kubectl delete pod ${action.target ?? ''}: not found (already gone)`;
        pod.terminating = true;
        pod.goneAt = this.now + GRACE_SECONDS;
        return `You: kubectl delete pod ${pod.name}: it is Terminating (grace period ${GRACE_SECONDS} s)`;
      case 'relabel-pod':
        if (!pod || !pod.matches)
          return `You: kubectl label pod ${action.target ?? ''} app=foo --overwrite: no such pod of the controller`;
        pod.matches = false;
        return `You: kubectl label pod ${pod.name} app=foo --overwrite: it no longer matches the selector app=${this.input.name}`;
      case 'add-pod': {
        const name = `${this.input.name}-manual-${++this.counter}`;
        this.addPod(name);
        return `You: create pod ${name} labelled app=${this.input.name}: it matches the selector`;
      }
      case 'scale': {
        const replicas = Number(action.target);
        if (!Number.isInteger(replicas) || replicas < 0)
          return `You: kubectl scale --replicas=${action.target ?? ''}: rejected, must be a whole number >= 0`;
        this.replicas = replicas;
        return `You: kubectl scale ${this.input.kind.toLowerCase()} ${this.input.name} --replicas=${replicas}`;
      }
      case 'remove-node': {
        const node = action.target ?? '';
        if (!this.nodes.includes(node) || this.down.has(node)) return `You: take ${node} away: no such working node`;
        this.down.set(node, this.now);
        return `You: ${node} loses its network: its kubelet stops reporting`;
      }
      default:
        throw new Error(`replicaSet: unknown action "${action.action}"`);
    }
  }

  react(): string | undefined {
    const active = this.active();
    const upNodes = this.nodes.filter((node) => !this.down.has(node));
    if (active.length < this.replicas) {
      this.now += 1;
      const names = Array.from(
        { length: this.replicas - active.length },
        () => `${this.input.name}-${suffix(++this.counter)}`,
      );
      for (const name of names) this.addPod(name);
      return `${this.owner}: ${active.length} of ${this.replicas} pods: SuccessfulCreate ${names.join(', ')}`;
    }
    if (active.length > this.replicas) {
      this.now += 1;
      const doomed = deletionOrder(active, this.now).slice(0, active.length - this.replicas);
      for (const pod of doomed) {
        pod.terminating = true;
        pod.goneAt = this.now + GRACE_SECONDS;
      }
      return `${this.owner}: ${active.length} of ${this.replicas} pods: SuccessfulDelete ${doomed.map((pod) => pod.name).join(', ')} (first in the deletion order)`;
    }
    const unbound = this.pods.filter((pod) => !pod.node && !pod.terminating);
    if (unbound.length > 0 && upNodes.length > 0) {
      this.now += 1;
      const bound = unbound.map((pod) => {
        // Illustration, not the scheduler's full scoring: the working node with the fewest pods, then by name.
        const load = (node: string) => this.pods.filter((other) => other.node === node && !other.terminating).length;
        pod.node = [...upNodes].sort((a, b) => load(a) - load(b) || (a < b ? -1 : 1))[0];
        return `${pod.name} to ${pod.node}`;
      });
      return `default-scheduler: Scheduled ${bound.join(', ')}`;
    }
    const starting = this.pods.filter(
      (pod) => pod.node && pod.phase === 'Pending' && !this.down.has(pod.node) && !pod.terminating,
    );
    if (starting.length > 0) {
      this.now += 1;
      for (const pod of starting) Object.assign(pod, { phase: 'Running', ready: true, readySince: this.now });
      return `kubelet: Started ${starting.map((pod) => `${pod.name} on ${pod.node}`).join(', ')}: Running, Ready`;
    }
    return this.timer();
  }

  /** The next timed event: a grace period ends, a node turns Unknown, a toleration runs out. */
  private timer(): string | undefined {
    const events: TimedEvent[] = [];
    for (const pod of this.pods) {
      if (pod.terminating && pod.goneAt !== undefined && !(pod.node && this.down.has(pod.node))) {
        events.push({
          at: pod.goneAt,
          run: () => {
            this.pods = this.pods.filter((other) => other !== pod);
            return `kubelet: ${pod.name} stopped after its grace period: the pod object is gone`;
          },
        });
      }
    }
    for (const [node, since] of this.down) {
      if (!this.unknown.has(node)) {
        events.push({
          at: since + NODE_GRACE,
          run: () => {
            this.unknown.add(node);
            const on = this.pods.filter((pod) => pod.node === node);
            for (const pod of on) pod.ready = false;
            return `node-lifecycle-controller: ${node} Ready=Unknown, taint node.kubernetes.io/unreachable; pods ${on.map((pod) => pod.name).join(', ') || '(none)'} marked not ready`;
          },
        });
      } else if (!this.evicted.has(node)) {
        events.push({
          at: since + NODE_GRACE + TOLERATION,
          run: () => {
            this.evicted.add(node);
            const on = this.pods.filter((pod) => pod.node === node && !pod.terminating);
            for (const pod of on) {
              pod.terminating = true;
              pod.phase = 'Unknown';
            }
            return `taint-eviction-controller: tolerationSeconds 300 ran out on ${node}: evicted ${on.map((pod) => pod.name).join(', ') || '(none)'} (Terminating until the node answers)`;
          },
        });
      }
    }
    return nextTimedEvent(this, events);
  }

  view() {
    const active = this.active();
    return {
      counts: [this.replicas, active.length, active.filter((pod) => pod.ready).length, this.pods.length],
      pods: this.pods.map((pod) => ({
        name: pod.name,
        group: pod.matches ? `${this.owner} (app=${this.input.name})` : 'no controller (app=foo)',
        phase: pod.terminating ? ('Terminating' as const) : pod.phase,
        ready: pod.ready,
        ...(pod.node ? { node: pod.node } : {}),
      })),
      notes: this.nodes.map(
        (node) =>
          `${node}: ${this.unknown.has(node) ? 'Unknown (unreachable)' : this.down.has(node) ? 'not reporting' : 'Ready'}`,
      ),
    };
  }
}

export function runReplicaSet(input: ReplicaSetInput, script: readonly ScriptedAction[]): SimRun {
  const machine = new ReplicaSetMachine(input);
  return {
    columns: ['replicas', 'matching', 'ready', 'pods'],
    steps: runMachine(
      machine,
      `You: kubectl create -f (${input.kind} ${input.name}, replicas ${input.replicas})`,
      script,
    ),
  };
}

/** The chapter's controller, its replica count as the parameter. */
export function replicaSetSimulation(kind: string, name: string): Simulation {
  const parse = (params: Params) => {
    const errors: FieldError[] = [];
    const replicas = parseCount(params, 'replicas', 'spec.replicas', errors);
    const nodes = parseCount(params, 'nodes', 'nodes (of the cluster)', errors, 1);
    checkAtMost(errors, 'spec.replicas', replicas, 50, 'pods');
    checkAtMost(errors, 'nodes (of the cluster)', nodes, 10, 'nodes');
    return errors.length > 0 ? { errors } : { errors, input: { kind, name, replicas, nodes } };
  };
  return {
    id: 'replicaset',
    title: `${kind} ${name} keeps its count`,
    params: [
      { name: 'replicas', path: 'spec.replicas' },
      { name: 'nodes', path: 'nodes (of the cluster)' },
    ],
    actions: [
      { id: 'delete-pod', label: 'Delete pod', target: 'pod' },
      { id: 'relabel-pod', label: 'Relabel pod app=foo', target: 'pod' },
      { id: 'add-pod', label: 'Create a pod labelled app=' + name, target: 'none' },
      { id: 'scale', label: 'Scale to', target: 'number' },
      { id: 'remove-node', label: 'Take node away', target: 'node' },
    ],
    ...validateAndRun(parse, runReplicaSet),
  };
}
