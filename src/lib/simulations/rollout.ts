/**
 * Chapter 9: a Deployment's rolling update. Rules and their sources (kubernetes/kubernetes):
 * - pkg/controller/deployment/rolling.go `reconcileNewReplicaSet` with `NewRSNewReplicas`
 *   (deployment/util/deployment_util.go): the new ReplicaSet grows only while the pods of all
 *   ReplicaSets stay <= replicas + maxSurge, never beyond replicas.
 * - rolling.go `reconcileOldReplicaSets`: old ReplicaSets shrink by at most
 *   all pods - (replicas - maxUnavailable) - unavailable pods of the new one; first their unhealthy pods
 *   (`cleanupUnhealthyReplicas`), then only while available pods stay >= replicas - maxUnavailable
 *   (`scaleDownOldReplicaSetsForRollingUpdate`). One sync either scales up or scales down.
 * - A pod is available once ready for minReadySeconds (`podutil.IsPodAvailable`).
 * - Progress (`DeploymentProgressing`): more updated pods, fewer old ones, more ready or more available.
 *   With no progress for progressDeadlineSeconds the condition Progressing turns False with reason
 *   ProgressDeadlineExceeded (`DeploymentTimedOut`, deployment/progress.go). Nothing is rolled back: that
 *   is `kubectl rollout undo`. A paused Deployment is not rolled out and its deadline is not checked.
 * - Which pods a shrinking ReplicaSet deletes: ranking.ts. Deleted pods vanish at once here (their
 *   termination is not what this simulation teaches).
 * Times are illustrative: a pod is scheduled and running 1 s after it is created and passes its first
 * readiness probe 1 s later. A failing version (the chapter's v3) never passes its readiness probe here,
 * as the chapter tells it. (v3 answers 500 from its fifth request on, so a real v3 pod can be ready for
 * the few seconds of its first probes; minReadySeconds: 10 is what keeps that from counting as available.)
 */
import { runMachine, type Machine } from './engine';
import { resolveFenceposts, validateRollingUpdate } from './intOrPercent';
import { deletionOrder, type RankedPod } from './ranking';
import { checkAtMost, parseCount, suffix, validateAndRun, type Parsed } from './model';
import type { FieldError, Params, ScriptedAction, SimRun, Simulation } from './types';

export interface RolloutInput {
  name: string;
  replicas: number;
  maxSurge: number;
  maxUnavailable: number;
  minReadySeconds: number;
  progressDeadlineSeconds: number;
  from: string;
  to: string;
  /** Images whose pods never stay ready (the chapter's v3). */
  failing: string[];
}

interface RS {
  name: string;
  image: string;
  revision: number;
  replicas: number;
}

interface DPod extends RankedPod {
  rs: string;
  runAt: number;
  /** Infinity for a version whose readiness probe never passes. */
  readyAt: number;
}

class RolloutMachine implements Machine {
  now = 0;
  counter = 0;
  sets: RS[] = [];
  pods: DPod[] = [];
  current: RS;
  paused = false;
  lastProgress = 0;
  exceeded = false;
  complete = false;
  private last = { updated: 0, old: 0, ready: 0, available: 0 };

  constructor(private readonly input: RolloutInput) {
    const first = this.replicaSet(input.from, 1);
    first.replicas = input.replicas;
    for (let i = 0; i < input.replicas; i++) this.addPod(first, -100);
    this.current = this.replicaSet(input.to, 2);
    this.last = this.status();
  }

  private replicaSet(image: string, revision: number): RS {
    const existing = this.sets.find((rs) => rs.image === image);
    if (existing) return existing;
    const rs = { name: `${this.input.name}-${suffix(this.sets.length + 40)}`, image, revision, replicas: 0 };
    this.sets.push(rs);
    return rs;
  }

  private addPod(rs: RS, created: number): DPod {
    const failing = this.input.failing.includes(rs.image);
    const pod: DPod = {
      name: `${rs.name}-${suffix(++this.counter)}`,
      rs: rs.name,
      phase: 'Pending',
      ready: false,
      restarts: 0,
      created,
      runAt: created + 1,
      readyAt: failing ? Infinity : created + 2,
    };
    this.pods.push(pod);
    this.refresh(pod);
    return pod;
  }

  /** Phase, node and readiness of a pod at the current time. */
  private refresh(pod: DPod): void {
    pod.phase = this.now >= pod.runAt ? 'Running' : 'Pending';
    if (pod.phase === 'Running') pod.node = 'node';
    pod.ready = this.now >= pod.readyAt;
    if (pod.ready) pod.readySince = pod.readyAt;
  }

  private available(pod: DPod): boolean {
    return pod.ready && this.now - pod.readyAt >= this.input.minReadySeconds;
  }

  private podsOf(rs: RS): DPod[] {
    return this.pods.filter((pod) => pod.rs === rs.name);
  }

  private status() {
    const updated = this.podsOf(this.current).length;
    return {
      updated,
      old: this.pods.length - updated,
      ready: this.pods.filter((pod) => pod.ready).length,
      available: this.pods.filter((pod) => this.available(pod)).length,
    };
  }

  private get olds(): RS[] {
    return this.sets.filter((rs) => rs !== this.current).sort((a, b) => a.revision - b.revision);
  }

  apply(action: ScriptedAction): string {
    const deployment = `deployment ${this.input.name}`;
    switch (action.action) {
      case 'pause':
        this.paused = true;
        return `You: kubectl rollout pause ${deployment}: Progressing reason DeploymentPaused`;
      case 'resume':
        this.paused = false;
        this.lastProgress = this.now;
        return `You: kubectl rollout resume ${deployment}: Progressing reason DeploymentResumed`;
      case 'undo': {
        const previous = this.olds.filter((rs) => rs.revision < this.current.revision).pop();
        if (!previous) return `You: kubectl rollout undo ${deployment}: no previous revision`;
        previous.revision = Math.max(...this.sets.map((rs) => rs.revision)) + 1;
        this.current = previous;
        this.exceeded = false;
        this.complete = false;
        this.lastProgress = this.now;
        return `You: kubectl rollout undo ${deployment}: the template is ${previous.image} again (ReplicaSet ${previous.name}, revision ${previous.revision})`;
      }
      default:
        throw new Error(`rollout: unknown action "${action.action}"`);
    }
  }

  react(): string | undefined {
    return this.replicaSetController() ?? this.deploymentController() ?? this.tick();
  }

  /** Each ReplicaSet makes its pod count its replicas. */
  private replicaSetController(): string | undefined {
    for (const rs of this.sets) {
      const pods = this.podsOf(rs);
      if (pods.length < rs.replicas) {
        const created = Array.from({ length: rs.replicas - pods.length }, () => this.addPod(rs, this.now));
        return `replicaset-controller: ${rs.name}: SuccessfulCreate ${created.map((pod) => pod.name).join(', ')}`;
      }
      if (pods.length > rs.replicas) {
        const doomed = deletionOrder(pods, this.now).slice(0, pods.length - rs.replicas);
        this.pods = this.pods.filter((pod) => !doomed.includes(pod));
        return `replicaset-controller: ${rs.name}: SuccessfulDelete ${doomed.map((pod) => pod.name).join(', ')}`;
      }
    }
    return undefined;
  }

  private deploymentController(): string | undefined {
    if (this.paused || this.exceeded || this.complete) return undefined;
    const { replicas, maxSurge, maxUnavailable } = this.input;
    const scale = (rs: RS, to: number) => {
      const verb = to > rs.replicas ? 'up' : 'down';
      const line = `deployment-controller: ScalingReplicaSet: Scaled ${verb} replica set ${rs.name} (${rs.image}) from ${rs.replicas} to ${to}`;
      rs.replicas = to;
      return line;
    };
    const all = this.sets.reduce((sum, rs) => sum + rs.replicas, 0);
    // reconcileNewReplicaSet
    const fresh = this.current;
    if (fresh.replicas > replicas) return scale(fresh, replicas);
    if (fresh.replicas < replicas) {
      const maxTotal = replicas + maxSurge;
      if (all < maxTotal) return scale(fresh, fresh.replicas + Math.min(maxTotal - all, replicas - fresh.replicas));
    }
    // reconcileOldReplicaSets
    const olds = this.olds.filter((rs) => rs.replicas > 0);
    if (olds.length > 0) {
      const minAvailable = replicas - maxUnavailable;
      const availableOf = (rs: RS) => this.podsOf(rs).filter((pod) => this.available(pod)).length;
      const newUnavailable = fresh.replicas - availableOf(fresh);
      const maxScaledDown = all - minAvailable - newUnavailable;
      if (maxScaledDown > 0) {
        const lines: string[] = [];
        let cleaned = 0;
        for (const rs of olds) {
          if (cleaned >= maxScaledDown) break;
          const unhealthy = rs.replicas - availableOf(rs);
          if (unhealthy <= 0) continue;
          const count = Math.min(maxScaledDown - cleaned, unhealthy);
          lines.push(scale(rs, rs.replicas - count));
          cleaned += count;
        }
        if (lines.length > 0) return lines.join('; ') + ' (its unavailable pods)';
        const available = this.pods.filter((pod) => this.available(pod)).length;
        const total = available - minAvailable;
        let done = 0;
        for (const rs of olds) {
          if (done >= total) break;
          const count = Math.min(rs.replicas, total - done);
          if (count <= 0) continue;
          lines.push(scale(rs, rs.replicas - count));
          done += count;
        }
        if (lines.length > 0) return lines.join('; ');
      }
    }
    const status = this.status();
    if (
      status.updated === replicas &&
      status.old === 0 &&
      status.available === replicas &&
      fresh.replicas === replicas
    ) {
      this.complete = true;
      return `deployment-controller: Progressing=True reason NewReplicaSetAvailable: ReplicaSet "${fresh.name}" has successfully progressed`;
    }
    return undefined;
  }

  /** Time moves to the next pod change or to the progress deadline. */
  private tick(): string | undefined {
    const times = this.pods.flatMap((pod) => [pod.runAt, pod.readyAt, pod.readyAt + this.input.minReadySeconds]);
    const deadline =
      !this.paused && !this.exceeded && !this.complete
        ? this.lastProgress + this.input.progressDeadlineSeconds
        : Infinity;
    const next = Math.min(...times.filter((time) => time > this.now), Infinity);
    if (deadline <= next && deadline !== Infinity) {
      this.now = Math.max(this.now, deadline);
      this.exceeded = true;
      return `(${this.now} s) deployment-controller: Progressing=False reason ProgressDeadlineExceeded: ReplicaSet "${this.current.name}" has timed out progressing (no automatic rollback: kubectl rollout undo)`;
    }
    if (next === Infinity) return undefined;
    const before = new Map(this.pods.map((pod) => [pod.name, { ...pod, available: this.available(pod) }]));
    this.now = next;
    const changes: string[] = [];
    for (const pod of this.pods) {
      const was = before.get(pod.name);
      this.refresh(pod);
      if (!was) continue;
      if (was.phase !== pod.phase) {
        changes.push(
          `${pod.name} scheduled and Running${pod.readyAt === Infinity ? ', its readiness probe fails: not ready' : ''}`,
        );
      }
      if (!was.ready && pod.ready) changes.push(`${pod.name} Ready`);
      if (!was.available && this.available(pod)) changes.push(`${pod.name} available`);
    }
    const status = this.status();
    if (
      status.updated > this.last.updated ||
      status.old < this.last.old ||
      status.ready > this.last.ready ||
      status.available > this.last.available
    ) {
      this.lastProgress = this.now;
    }
    this.last = status;
    // A time at which nothing visible changes (a pod that failed before its minReadySeconds): go on.
    if (changes.length === 0) return this.tick();
    return `(${this.now} s) kubelet: ${changes.join('; ')}`;
  }

  view() {
    const status = this.status();
    // Scale-ups and scale-downs are progress too; the tick compares ready and available.
    if (status.updated > this.last.updated || status.old < this.last.old) this.lastProgress = this.now;
    this.last = status;
    return {
      counts: [status.old, status.updated, status.ready, status.available, this.pods.length],
      pods: this.sets.flatMap((rs) =>
        this.podsOf(rs).map((pod) => ({
          name: pod.name,
          group: `${rs === this.current ? 'new' : 'old'} ReplicaSet ${rs.name} (${rs.image})`,
          phase: pod.phase,
          ready: pod.ready,
          available: this.available(pod),
        })),
      ),
      notes: [
        ...this.sets.map((rs) => `ReplicaSet ${rs.name}: revision ${rs.revision}, replicas ${rs.replicas}`),
        `Progressing: ${this.exceeded ? 'False (ProgressDeadlineExceeded)' : this.complete ? 'True (NewReplicaSetAvailable)' : this.paused ? 'Unknown (DeploymentPaused)' : 'True (ReplicaSetUpdated)'}`,
      ],
    };
  }
}

export function runRollout(input: RolloutInput, script: readonly ScriptedAction[]): SimRun {
  const machine = new RolloutMachine(input);
  return {
    columns: ['old', 'new', 'ready', 'available', 'total'],
    steps: runMachine(
      machine,
      `You: kubectl apply: the pod template's image changes from ${input.from} to ${input.to}`,
      script,
    ),
  };
}

export interface RolloutDefaults {
  name: string;
  from: string;
  images: string[];
  failing: string[];
}

export function parseRolloutParams(params: Params, defaults: RolloutDefaults): Parsed<RolloutInput> {
  const errors: FieldError[] = [];
  const replicas = parseCount(params, 'replicas', 'spec.replicas', errors);
  checkAtMost(errors, 'spec.replicas', replicas, 40, 'pods');
  const minReadySeconds = parseCount(params, 'minReadySeconds', 'spec.minReadySeconds', errors);
  const progressDeadlineSeconds = parseCount(params, 'progressDeadlineSeconds', 'spec.progressDeadlineSeconds', errors);
  // ValidateDeploymentSpec: the deadline must exceed minReadySeconds.
  if (progressDeadlineSeconds <= minReadySeconds) {
    errors.push({
      field: 'spec.progressDeadlineSeconds',
      message: `Invalid value: ${progressDeadlineSeconds}: must be greater than minReadySeconds`,
    });
  }
  const strategy = validateRollingUpdate(params.maxSurge ?? '', params.maxUnavailable ?? '', errors);
  const image = params.image ?? '';
  if (!defaults.images.includes(image))
    errors.push({
      field: 'spec.template.spec.containers[0].image',
      message: `this simulation knows ${defaults.images.join(', ')}`,
    });
  if (errors.length > 0 || !strategy) return { errors };
  const [surge, unavailable] = resolveFenceposts(strategy.maxSurge, strategy.maxUnavailable, replicas);
  return {
    errors,
    input: {
      name: defaults.name,
      replicas,
      maxSurge: surge,
      // MaxUnavailable (deployment_util.go) never exceeds replicas.
      maxUnavailable: Math.min(unavailable, replicas),
      minReadySeconds,
      progressDeadlineSeconds,
      from: defaults.from,
      to: image,
      failing: defaults.failing,
    },
  };
}

export function rolloutSimulation(defaults: RolloutDefaults): Simulation {
  return {
    id: 'rollout',
    title: `Deployment ${defaults.name}: a rolling update`,
    params: [
      { name: 'replicas', path: 'spec.replicas' },
      { name: 'maxSurge', path: 'spec.strategy.rollingUpdate.maxSurge' },
      { name: 'maxUnavailable', path: 'spec.strategy.rollingUpdate.maxUnavailable' },
      { name: 'minReadySeconds', path: 'spec.minReadySeconds' },
      { name: 'progressDeadlineSeconds', path: 'spec.progressDeadlineSeconds' },
      { name: 'image', path: 'spec.template.spec.containers[0].image', choices: defaults.images },
    ],
    actions: [
      { id: 'pause', label: 'kubectl rollout pause', target: 'none' },
      { id: 'resume', label: 'kubectl rollout resume', target: 'none' },
      { id: 'undo', label: 'kubectl rollout undo', target: 'none' },
    ],
    ...validateAndRun((params) => parseRolloutParams(params, defaults), runRollout),
    notices: rolloutNotices,
  };
}

/**
 * A whole number is a count of pods, whatever was meant: `maxSurge: 25` with 3 replicas is valid (the API
 * server takes it) but surges 25 pods, and `maxUnavailable` is capped at replicas (MaxUnavailable).
 */
export function rolloutNotices(params: Params): string[] {
  const replicas = Number(params.replicas);
  if (!Number.isInteger(replicas)) return [];
  return (['maxSurge', 'maxUnavailable'] as const).flatMap((field) => {
    const text = (params[field] ?? '').trim();
    if (!/^\d+$/.test(text) || Number(text) <= replicas) return [];
    return [
      `${field}: ${text} is a number of pods, more than the ${replicas} replicas, not ${text}%; the API server accepts it. Write ${text}% for a percentage.`,
    ];
  });
}
