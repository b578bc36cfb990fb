/**
 * The simulations of the chapters, made from the chapters' own manifests. `describe` turns the parsed
 * manifests into a plain, serializable spec (the build writes it into the page); `simulationOf` turns a
 * spec back into the simulation, in the build and in the browser alike.
 */
import { createChainSimulation } from './createChain';
import { endpointsSimulation } from './endpoints';
import { replicaSetSimulation } from './replicaSet';
import { rolloutSimulation } from './rollout';
import { statefulSetSimulation } from './statefulSet';
import { suffix } from './model';
import type { Params, ScriptedAction, Simulation } from './types';

export const SIMULATIONS = {
  replicaset: ['ch04/kubia-rc.yml'],
  endpoints: ['ch05/kubia-svc.yml', 'ch04/kubia-rc.yml'],
  rollout: ['ch09/kubia-deployment-v1.yml', 'ch09/kubia-deployment-v3-with-readinesscheck.yml'],
  statefulset: ['ch10/stateful-kubia.yml'],
  'create-chain': ['ch09/kubia-deployment-v1.yml'],
} as const;

export type SimulationName = keyof typeof SIMULATIONS;

export interface SimulationSpec {
  name: SimulationName;
  /** What the simulation takes from the manifests (names, images, labels). */
  config: Record<string, unknown>;
  /** The default parameters, from the manifests' fields. */
  params: Params;
  /** The default script: what the chapter does, in order. */
  script: ScriptedAction[];
  /** The manifest files it was made from. */
  files: string[];
}

export class SpecError extends Error {
  override name = 'SpecError';
}

type Doc = Record<string, unknown>;

function get(doc: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Doc)[key] : undefined), doc);
}

function need<T>(value: unknown, what: string, file: string, check: (v: unknown) => boolean): T {
  if (!check(value)) throw new SpecError(`manifests/${file}: ${what} is missing or not what the simulation needs`);
  return value as T;
}

const isString = (v: unknown) => typeof v === 'string' && v !== '';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isMap = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);

function only(docs: Record<string, unknown[]>, file: string, kind: string): Doc {
  const found = (docs[file] ?? []).filter((doc) => get(doc, 'kind') === kind);
  if (found.length !== 1) throw new SpecError(`manifests/${file}: expected one ${kind}, found ${found.length}`);
  return found[0] as Doc;
}

/** The spec of a simulation from the parsed documents of its manifests (by file). */
export function describe(name: SimulationName, docs: Record<string, unknown[]>): SimulationSpec {
  const files = [...SIMULATIONS[name]];
  switch (name) {
    case 'replicaset': {
      const [file] = files as [string];
      const rc = only(docs, file, 'ReplicationController');
      const rcName = need<string>(get(rc, 'metadata.name'), 'metadata.name', file, isString);
      const replicas = need<number>(get(rc, 'spec.replicas'), 'spec.replicas', file, isNumber);
      const pod = (n: number) => `${rcName}-${suffix(n)}`;
      return {
        name,
        files,
        config: { kind: 'ReplicationController', name: rcName },
        params: { replicas: String(replicas), nodes: '3' },
        script: [
          { action: 'delete-pod', target: pod(1) },
          { action: 'relabel-pod', target: pod(2) },
          { action: 'add-pod' },
          { action: 'scale', target: String(replicas + 2) },
          { action: 'scale', target: String(Math.max(replicas - 1, 0)) },
          { action: 'remove-node', target: 'node-1' },
        ],
      };
    }
    case 'endpoints': {
      const [svcFile, rcFile] = files as [string, string];
      const svc = only(docs, svcFile, 'Service');
      const rc = only(docs, rcFile, 'ReplicationController');
      const service = need<string>(get(svc, 'metadata.name'), 'metadata.name', svcFile, isString);
      const selector = need<Record<string, string>>(get(svc, 'spec.selector'), 'spec.selector', svcFile, isMap);
      const labels = need<Record<string, string>>(
        get(rc, 'spec.template.metadata.labels'),
        'spec.template.metadata.labels',
        rcFile,
        isMap,
      );
      const podPrefix = need<string>(get(rc, 'metadata.name'), 'metadata.name', rcFile, isString);
      const replicas = need<number>(get(rc, 'spec.replicas'), 'spec.replicas', rcFile, isNumber);
      return {
        name,
        files,
        config: { service, selector, labels, podPrefix },
        // No probe in the chapter's manifests: the API server's defaults.
        params: {
          replicas: String(replicas),
          initialDelaySeconds: '0',
          periodSeconds: '10',
          failureThreshold: '3',
          successThreshold: '1',
        },
        script: [
          { action: 'make-unhealthy', target: `${podPrefix}-${suffix(2)}` },
          { action: 'make-healthy', target: `${podPrefix}-${suffix(2)}` },
        ],
      };
    }
    case 'rollout': {
      const [v1File, v3File] = files as [string, string];
      const v1 = only(docs, v1File, 'Deployment');
      const v3 = only(docs, v3File, 'Deployment');
      const deployment = need<string>(get(v1, 'metadata.name'), 'metadata.name', v1File, isString);
      const from = need<string>(
        get(v1, 'spec.template.spec.containers.0.image'),
        'the container image',
        v1File,
        isString,
      );
      const to = need<string>(
        get(v3, 'spec.template.spec.containers.0.image'),
        'the container image',
        v3File,
        isString,
      );
      // v3 leaves replicas out on purpose: kubectl apply keeps the live count, v1's.
      const replicas = (get(v3, 'spec.replicas') ??
        need<number>(get(v1, 'spec.replicas'), 'spec.replicas', v1File, isNumber)) as number;
      const strategy = get(v3, 'spec.strategy.rollingUpdate');
      const field = (key: string, fallback: string) => {
        const value = get(strategy, key);
        return value === undefined ? fallback : String(value);
      };
      const good = from.replace(/:[^:]*$/, ':v2');
      return {
        name,
        files,
        config: { name: deployment, from, images: [to, good], failing: [to] },
        params: {
          replicas: String(replicas),
          // The API server's defaults where the manifest says nothing: 25%, 25%, 0, 600.
          maxSurge: field('maxSurge', '25%'),
          maxUnavailable: field('maxUnavailable', '25%'),
          minReadySeconds: String(get(v3, 'spec.minReadySeconds') ?? 0),
          progressDeadlineSeconds: String(get(v3, 'spec.progressDeadlineSeconds') ?? 600),
          image: to,
        },
        script: [{ action: 'undo' }],
      };
    }
    case 'statefulset': {
      const [file] = files as [string];
      const sts = only(docs, file, 'StatefulSet');
      const stsName = need<string>(get(sts, 'metadata.name'), 'metadata.name', file, isString);
      const replicas = need<number>(get(sts, 'spec.replicas'), 'spec.replicas', file, isNumber);
      const claimTemplate = need<string>(
        get(sts, 'spec.volumeClaimTemplates.0.metadata.name'),
        'a volumeClaimTemplate',
        file,
        isString,
      );
      const pod = (ordinal: number) => `${stsName}-${ordinal}`;
      return {
        name,
        files,
        config: { name: stsName, claimTemplate },
        params: {
          replicas: String(replicas),
          podManagementPolicy: String(get(sts, 'spec.podManagementPolicy') ?? 'OrderedReady'),
        },
        script: [
          { action: 'scale', target: String(replicas + 1) },
          { action: 'delete-pod', target: pod(0) },
          { action: 'scale', target: String(Math.max(replicas - 1, 1)) },
          { action: 'node-fails', target: pod(0) },
          { action: 'force-delete', target: pod(0) },
        ],
      };
    }
    case 'create-chain': {
      const [file] = files as [string];
      const deployment = only(docs, file, 'Deployment');
      return {
        name,
        files,
        config: {
          name: need<string>(get(deployment, 'metadata.name'), 'metadata.name', file, isString),
          image: need<string>(
            get(deployment, 'spec.template.spec.containers.0.image'),
            'the container image',
            file,
            isString,
          ),
        },
        params: {
          replicas: String(need<number>(get(deployment, 'spec.replicas'), 'spec.replicas', file, isNumber)),
          nodes: '2',
        },
        script: [],
      };
    }
  }
}

/** The simulation a spec describes. */
export function simulationOf(spec: Pick<SimulationSpec, 'name' | 'config'>): Simulation {
  // The fields `describe` wrote for this name (a spec from the page is the build's own output).
  const c = spec.config as {
    kind: string;
    name: string;
    service: string;
    selector: Record<string, string>;
    labels: Record<string, string>;
    podPrefix: string;
    from: string;
    images: string[];
    failing: string[];
    claimTemplate: string;
    image: string;
  };
  switch (spec.name) {
    case 'replicaset':
      return replicaSetSimulation(c.kind, c.name);
    case 'endpoints':
      return endpointsSimulation({
        service: c.service,
        selector: c.selector,
        labels: c.labels,
        podPrefix: c.podPrefix,
      });
    case 'rollout':
      return rolloutSimulation({ name: c.name, from: c.from, images: c.images, failing: c.failing });
    case 'statefulset':
      return statefulSetSimulation(c.name, c.claimTemplate);
    case 'create-chain':
      return createChainSimulation(c.name, c.image);
    default:
      throw new SpecError(`no simulation "${String(spec.name)}"`);
  }
}

export function isSimulationName(name: unknown): name is SimulationName {
  return typeof name === 'string' && Object.hasOwn(SIMULATIONS, name);
}
