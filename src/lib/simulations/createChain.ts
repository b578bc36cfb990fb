/**
 * Chapter 11: what happens after `kubectl apply` of a Deployment, one watch at a time. Each step names
 * the component, the watch that wakes it and the object it writes, as `kubectl get events --watch`
 * would show the events (reasons as the components record them). Sources:
 * https://kubernetes.io/docs/concepts/overview/components/ , https://kubernetes.io/docs/concepts/architecture/controller/ ,
 * https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/ (filtering and scoring; here
 * the pods are simply placed on the nodes in turn), and the event reasons of pkg/controller/deployment
 * (ScalingReplicaSet), pkg/controller/replicaset (SuccessfulCreate), pkg/scheduler (Scheduled) and
 * pkg/kubelet/events (Pulling, Pulled, Created, Started).
 */
import { checkAtMost, parseCount, suffix, validateAndRun, type Parsed } from './model';
import type { FieldError, Params, PodView, SimRun, SimStep, Simulation } from './types';

export interface ChainInput {
  name: string;
  image: string;
  replicas: number;
  nodes: number;
}

export function runCreateChain(input: ChainInput): SimRun {
  const { name, image, replicas } = input;
  const rs = `${name}-${suffix(40)}`;
  const pods = Array.from({ length: replicas }, (_, i) => ({
    name: `${rs}-${suffix(i + 1)}`,
    node: `node-${(i % input.nodes) + 1}`,
    bound: false,
    running: false,
  }));
  const counts = { deployments: 0, replicasets: 0, pods: 0, scheduled: 0, running: 0 };
  const steps: SimStep[] = [];
  const view = (): PodView[] =>
    pods.slice(0, counts.pods).map((pod) => ({
      name: pod.name,
      group: `ReplicaSet ${rs}`,
      phase: pod.running ? 'Running' : 'Pending',
      ready: pod.running,
      ...(pod.bound ? { node: pod.node } : {}),
    }));
  const push = (event: string, note: string) =>
    steps.push({ event, counts: Object.values(counts), pods: view(), notes: [note] });

  push(
    `kubectl: POST /apis/apps/v1/namespaces/default/deployments (Deployment ${name})`,
    'writes: nothing yet (the request is on its way)',
  );
  counts.deployments = 1;
  push(
    `kube-apiserver: authenticates, authorizes, runs admission, validates; stores Deployment ${name} in etcd`,
    `writes: etcd key /registry/deployments/default/${name}; every watch on Deployments is notified`,
  );
  counts.replicasets = 1;
  push(
    `deployment-controller (watch: Deployments): Normal ScalingReplicaSet deployment/${name}: Scaled up replica set ${rs} from 0 to ${replicas}`,
    `writes: POST ReplicaSet ${rs} (replicas ${replicas}, ownerReference Deployment ${name})`,
  );
  for (const pod of pods) {
    counts.pods += 1;
    push(
      `replicaset-controller (watch: ReplicaSets, Pods): Normal SuccessfulCreate replicaset/${rs}: Created pod: ${pod.name}`,
      `writes: POST Pod ${pod.name} (no spec.nodeName yet, ownerReference ReplicaSet ${rs})`,
    );
  }
  for (const pod of pods) {
    pod.bound = true;
    counts.scheduled += 1;
    push(
      `default-scheduler (watch: Pods without spec.nodeName): Normal Scheduled pod/${pod.name}: Successfully assigned default/${pod.name} to ${pod.node}`,
      `writes: POST pods/${pod.name}/binding: spec.nodeName ${pod.node}`,
    );
  }
  for (const pod of pods) {
    push(
      `kubelet on ${pod.node} (watch: Pods with spec.nodeName ${pod.node}): Normal Pulling pod/${pod.name}: Pulling image "${image}"; Pulled; Created container`,
      `asks the container runtime (CRI) for the pod sandbox and the container; writes: PATCH pods/${pod.name}/status (ContainersCreating)`,
    );
    pod.running = true;
    counts.running += 1;
    push(
      `kubelet on ${pod.node}: Normal Started pod/${pod.name}: Started container`,
      `writes: PATCH pods/${pod.name}/status: phase Running, Ready; the ReplicaSet and Deployment controllers update their status from this watch`,
    );
  }
  return { columns: Object.keys(counts), steps };
}

function parse(params: Params, name: string, image: string): Parsed<ChainInput> {
  const errors: FieldError[] = [];
  const replicas = parseCount(params, 'replicas', 'spec.replicas', errors);
  const nodes = parseCount(params, 'nodes', 'nodes (of the cluster)', errors, 1);
  checkAtMost(errors, 'spec.replicas', replicas, 10, 'pods');
  checkAtMost(errors, 'nodes (of the cluster)', nodes, 5, 'nodes');
  if (errors.length > 0) return { errors };
  return { errors, input: { name, image, replicas, nodes } };
}

export function createChainSimulation(name: string, image: string): Simulation {
  return {
    id: 'create-chain',
    title: `Creating Deployment ${name}, watch by watch`,
    params: [
      { name: 'replicas', path: 'spec.replicas' },
      { name: 'nodes', path: 'nodes (of the cluster)' },
    ],
    actions: [],
    // The chain has no reader actions: the script is ignored.
    ...validateAndRun(
      (params) => parse(params, name, image),
      (input) => runCreateChain(input),
    ),
  };
}
