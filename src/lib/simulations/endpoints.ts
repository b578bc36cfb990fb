/**
 * Chapter 5: a Service's endpoints follow the readiness of its pods. Rules and their sources:
 * - The kubelet probes every periodSeconds after initialDelaySeconds; a container is not ready until its
 *   probe has succeeded successThreshold times in a row, and turns not ready after failureThreshold
 *   failures in a row (https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#configure-probes;
 *   pkg/kubelet/prober/worker.go). A failing readiness probe never restarts the container.
 * - Defaults (SetDefaults_Probe, pkg/apis/core/v1/defaults.go): periodSeconds 10, successThreshold 1,
 *   failureThreshold 3 when left out (0).
 * - The EndpointSlice controller lists every pod the Service's selector matches, with
 *   `conditions.ready` from the pod's Ready condition (pkg/controller/endpointslice, staging
 *   endpointslice/utils.go `podToEndpoint`); only ready endpoints get traffic.
 * All pods are probed at the same moments here; a real kubelet spreads the first probes out.
 */
import { runMachine, type Machine } from './engine';
import { checkAtMost, parseCount, suffix, validateAndRun, type Parsed } from './model';
import type { FieldError, Params, ScriptedAction, SimRun, Simulation } from './types';

export interface EndpointsInput {
  service: string;
  selector: Record<string, string>;
  podPrefix: string;
  labels: Record<string, string>;
  replicas: number;
  initialDelaySeconds: number;
  periodSeconds: number;
  failureThreshold: number;
  successThreshold: number;
}

interface ProbedPod {
  name: string;
  ip: string;
  labels: Record<string, string>;
  healthy: boolean;
  ready: boolean;
  successes: number;
  failures: number;
}

export function matches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

class EndpointsMachine implements Machine {
  now = 0;
  round = 0;
  pods: ProbedPod[];
  quiet = false;

  constructor(private readonly input: EndpointsInput) {
    this.pods = Array.from({ length: input.replicas }, (_, i) => ({
      name: `${input.podPrefix}-${suffix(i + 1)}`,
      ip: `10.244.1.${10 + i}`,
      labels: input.labels,
      healthy: true,
      ready: false,
      successes: 0,
      failures: 0,
    }));
  }

  apply(action: ScriptedAction): string {
    const pod = this.pods.find((candidate) => candidate.name === action.target);
    if (!pod) return `You: no pod ${action.target ?? ''}`;
    this.quiet = false;
    if (action.action === 'make-unhealthy') {
      pod.healthy = false;
      return `You: ${pod.name} starts failing its readiness probe (say, it lost its database)`;
    }
    if (action.action === 'make-healthy') {
      pod.healthy = true;
      return `You: ${pod.name} answers its readiness probe again`;
    }
    throw new Error(`endpoints: unknown action "${action.action}"`);
  }

  react(): string | undefined {
    if (this.quiet) return undefined;
    const { initialDelaySeconds, periodSeconds, successThreshold, failureThreshold } = this.input;
    this.now = initialDelaySeconds + this.round * periodSeconds;
    this.round += 1;
    const lines: string[] = [];
    let pendingThreshold = false;
    for (const pod of this.pods) {
      if (pod.healthy) {
        pod.successes += 1;
        pod.failures = 0;
        if (!pod.ready && pod.successes >= successThreshold) {
          pod.ready = true;
          lines.push(
            `${pod.name} Ready (${pod.successes} success${pod.successes > 1 ? 'es' : ''} in a row): endpoint ${pod.ip} ready`,
          );
        } else if (!pod.ready) {
          pendingThreshold = true;
          lines.push(`${pod.name} probe ok (${pod.successes}/${successThreshold})`);
        }
      } else {
        pod.failures += 1;
        pod.successes = 0;
        if (pod.ready && pod.failures >= failureThreshold) {
          pod.ready = false;
          lines.push(`${pod.name} not ready (${pod.failures} failures in a row): endpoint ${pod.ip} not ready`);
        } else if (pod.ready) {
          pendingThreshold = true;
          lines.push(`${pod.name} probe failed (${pod.failures}/${failureThreshold}), still ready`);
        } else {
          lines.push(`${pod.name} probe failed, stays not ready`);
        }
      }
    }
    const changed = lines.some((line) => line.includes('endpoint'));
    // Nothing changed and nothing is on its way to a threshold: the run rests until the reader acts.
    if (!changed && !pendingThreshold) this.quiet = true;
    return `(${this.now} s) kubelet probes: ${lines.length > 0 ? lines.join('; ') : 'all pass, nothing changes'}`;
  }

  view() {
    const selected = this.pods.filter((pod) => matches(this.input.selector, pod.labels));
    const ready = selected.filter((pod) => pod.ready);
    return {
      counts: [
        this.pods.length,
        this.pods.filter((pod) => pod.ready).length,
        ready.length,
        selected.length - ready.length,
      ],
      pods: this.pods.map((pod) => ({
        name: pod.name,
        group: `Service ${this.input.service} selects ${Object.entries(this.input.selector)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')}`,
        phase: 'Running' as const,
        ready: pod.ready,
      })),
      notes: selected.map(
        (pod) => `EndpointSlice ${this.input.service}-${suffix(99)}: ${pod.ip}:8080 ready=${pod.ready} (${pod.name})`,
      ),
    };
  }
}

export function runEndpoints(input: EndpointsInput, script: readonly ScriptedAction[]): SimRun {
  return {
    columns: ['pods', 'ready pods', 'ready endpoints', 'not-ready endpoints'],
    steps: runMachine(
      new EndpointsMachine(input),
      `${input.replicas} pods labelled app=kubia start (Running, not ready until a probe passes)`,
      script,
    ),
  };
}

export interface EndpointsDefaults {
  service: string;
  selector: Record<string, string>;
  podPrefix: string;
  labels: Record<string, string>;
}

function parse(params: Params, defaults: EndpointsDefaults): Parsed<EndpointsInput> {
  const errors: FieldError[] = [];
  const probe = 'spec.containers[0].readinessProbe';
  const replicas = parseCount(params, 'replicas', 'spec.replicas', errors);
  checkAtMost(errors, 'spec.replicas', replicas, 20, 'pods');
  const initialDelaySeconds = parseCount(params, 'initialDelaySeconds', `${probe}.initialDelaySeconds`, errors);
  // 0 means "left out": the API server fills in the default.
  const periodSeconds = parseCount(params, 'periodSeconds', `${probe}.periodSeconds`, errors) || 10;
  const failureThreshold = parseCount(params, 'failureThreshold', `${probe}.failureThreshold`, errors) || 3;
  const successThreshold = parseCount(params, 'successThreshold', `${probe}.successThreshold`, errors) || 1;
  if (failureThreshold > 20 || successThreshold > 20)
    errors.push({ field: probe, message: 'this simulation takes thresholds up to 20' });
  if (errors.length > 0) return { errors };
  return {
    errors,
    input: { ...defaults, replicas, initialDelaySeconds, periodSeconds, failureThreshold, successThreshold },
  };
}

export function endpointsSimulation(defaults: EndpointsDefaults): Simulation {
  return {
    id: 'endpoints',
    title: `Service ${defaults.service}: endpoints follow readiness`,
    params: [
      { name: 'replicas', path: 'spec.replicas' },
      { name: 'initialDelaySeconds', path: 'readinessProbe.initialDelaySeconds' },
      { name: 'periodSeconds', path: 'readinessProbe.periodSeconds' },
      { name: 'failureThreshold', path: 'readinessProbe.failureThreshold' },
      { name: 'successThreshold', path: 'readinessProbe.successThreshold' },
    ],
    actions: [
      { id: 'make-unhealthy', label: 'Make unhealthy', target: 'pod' },
      { id: 'make-healthy', label: 'Make healthy', target: 'pod' },
    ],
    ...validateAndRun((params) => parse(params, defaults), runEndpoints),
  };
}
