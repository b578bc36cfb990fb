import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPage } from '../../build/content';
import { buildRelationGraphs } from '../graph';
import { commandObjects } from '../../build/relations/load';
import { nodeOrigin } from '../describe';
import { edgeLines, fixture, fixtures, graphOf } from './helpers';

describe('Service selectors', () => {
  test('a Service selects the pods of every kind of controller and bare pods, by label', () => {
    const graph = graphOf(fixture('selection.yml'));
    expect(edgeLines(graph).filter((line) => line.startsWith('Service web --selects'))).toEqual([
      'Service web --selects--> Deployment web-deploy @ spec.selector',
      'Service web --selects--> Job web-job @ spec.selector',
      'Service web --selects--> Pod web-pod @ spec.selector',
      'Service web --selects--> ReplicaSet web-rs @ spec.selector',
      'Service web --selects--> ReplicationController web-rc @ spec.selector',
      'Service web --selects--> StatefulSet web-sts @ spec.selector',
    ]);
    expect(graph?.warnings).toEqual([]);
  });

  test('a selector that matches nothing anywhere is a warning, and no edge', () => {
    const graph = graphOf(fixture('selects-nothing.yml'));
    expect(graph?.edges).toEqual([]);
    expect(graph?.warnings).toEqual([
      {
        chapter: 'ch01',
        file: 'manifests/ch01/selects-nothing.yml',
        object: 'Service lonely',
        message: 'spec.selector app=nobody matches no pod or pod template in any chapter',
      },
    ]);
  });

  test('pods of the nearest other chapter are selected when the chapter has none', () => {
    const graphs = buildRelationGraphs({
      documents: [
        ...fixture('selection.yml', 'ch03').filter((d) => d.object.kind === 'Pod'),
        ...fixture('selection.yml', 'ch05').filter((d) => d.object.kind === 'Service'),
      ],
      commands: [],
    });
    const graph = graphs.find((candidate) => candidate.chapter === 'ch05');
    expect(edgeLines(graph)).toEqual(['Service web --selects--> Pod web-pod @ spec.selector']);
    const pod = graph?.nodes.find((node) => node.name === 'web-pod');
    expect(pod && graph && nodeOrigin(pod, graph)).toBe('from chapter 3');
    expect(pod?.href).toBe('/ch03-page#ch03-selection-yml');
  });
});

describe('Ingress', () => {
  test('routes to its default backend and rule Services and serves TLS with its Secret', () => {
    expect(edgeLines(graphOf(fixture('ingress.yml')))).toEqual([
      'Ingress front --routes to--> Service fallback @ spec.defaultBackend.service.name',
      'Ingress front --routes to--> Service shop @ spec.rules[0].http.paths[0].backend.service.name',
      'Ingress front --serves TLS with--> Secret front-tls @ spec.tls[0].secretName',
    ]);
  });
});

describe('pod references', () => {
  test('volumes, projected volumes, env, envFrom, imagePullSecrets and serviceAccountName', () => {
    const lines = edgeLines(graphOf(fixture('pod-references.yml'))).filter((line) => line.startsWith('Pod busy'));
    expect(lines).toEqual([
      'Pod busy --mounts--> ConfigMap app-config @ spec.volumes[0].configMap.name',
      'Pod busy --mounts--> ConfigMap app-config @ spec.volumes[3].projected.sources[0].configMap.name',
      'Pod busy --mounts--> PersistentVolumeClaim app-data @ spec.volumes[2].persistentVolumeClaim.claimName',
      'Pod busy --mounts--> Secret app-secret @ spec.volumes[1].secret.secretName',
      'Pod busy --mounts--> Secret app-secret @ spec.volumes[3].projected.sources[1].secret.name',
      'Pod busy --pulls images with--> Secret registry-login @ spec.imagePullSecrets[0].name',
      'Pod busy --reads all env from--> ConfigMap app-config @ spec.containers[0].envFrom[0].configMapRef.name',
      'Pod busy --reads all env from--> Secret app-secret @ spec.initContainers[0].envFrom[0].secretRef.name',
      'Pod busy --reads env from--> ConfigMap app-config @ spec.containers[0].env[0].valueFrom.configMapKeyRef.name',
      'Pod busy --reads env from--> Secret app-secret @ spec.containers[0].env[1].valueFrom.secretKeyRef.name',
      'Pod busy --runs as--> ServiceAccount runner @ spec.serviceAccountName',
    ]);
  });

  test('a pod template names its references under spec.template.spec', () => {
    const lines = edgeLines(graphOf(fixture('pod-references.yml'))).filter((line) => line.startsWith('Deployment'));
    expect(lines).toEqual([
      'Deployment templated --reads env from--> ConfigMap app-config @ spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name',
    ]);
  });

  test('the claim the pod mounts binds the volume', () => {
    const lines = edgeLines(graphOf(fixture('pod-references.yml'))).filter((line) => line.startsWith('Persistent'));
    expect(lines).toEqual([
      'PersistentVolumeClaim app-data --can bind--> PersistentVolume app-volume @ spec.storageClassName, spec.accessModes, spec.resources.requests.storage',
    ]);
  });
});

describe('claims, volumes and classes', () => {
  const graph = graphOf(fixture('storage.yml'));

  test('the empty class binds only big enough class-less volumes with the modes; a named class links its StorageClass', () => {
    expect(edgeLines(graph)).toEqual([
      'PersistentVolumeClaim fast-claim --is provisioned by--> StorageClass fast @ spec.storageClassName',
      'PersistentVolumeClaim static-claim --can bind--> PersistentVolume plain-1g @ spec.storageClassName, spec.accessModes, spec.resources.requests.storage',
    ]);
  });

  test('a claim of class "" that no volume fits is a warning', () => {
    expect(graph?.warnings.map((warning) => `${warning.object}: ${warning.message}`)).toEqual([
      'PersistentVolumeClaim stranded-claim: PersistentVolumeClaim stranded-claim can bind no PersistentVolume and has no StorageClass (storageClassName "") to provision one',
    ]);
  });

  test('a StatefulSet is governed by its Service and its claim template binds volumes', () => {
    expect(edgeLines(graphOf(fixture('statefulset.yml')))).toEqual([
      'Service db --selects--> StatefulSet db @ spec.selector',
      'StatefulSet db --can bind--> PersistentVolume db-vol @ spec.volumeClaimTemplates[0].spec.storageClassName, spec.volumeClaimTemplates[0].spec.accessModes, spec.volumeClaimTemplates[0].spec.resources.requests.storage',
      'StatefulSet db --is governed by--> Service db @ spec.serviceName',
    ]);
  });
});

describe('ServiceAccount', () => {
  test('names its image pull Secrets and its listed Secrets', () => {
    expect(edgeLines(graphOf(fixture('service-account.yml')))).toEqual([
      'ServiceAccount deployer --lists secret--> Secret token-secret @ secrets[0].name',
      'ServiceAccount deployer --pulls images with--> Secret pull-secret @ imagePullSecrets[0].name',
    ]);
  });
});

describe('objects defined elsewhere', () => {
  const commands = commandObjects(readPage(path.join(fixtures, 'docs/ch02-example.mdx'), 'ch02-example.mdx'));
  const graphs = buildRelationGraphs({
    documents: [...fixture('elsewhere-ch01.yml', 'ch01'), ...fixture('elsewhere-ch02.yml', 'ch02')],
    commands: [
      ...commands,
      { chapter: 'ch01', kind: 'Secret', name: 'old-secret', command: 'kubectl create secret generic old-secret' },
    ],
  });
  const graph = graphs.find((candidate) => candidate.chapter === 'ch02');

  test('the page’s kubectl create commands are read, history and create -f left out', () => {
    expect(commands.map((c) => `${c.kind} ${c.name} ${c.section?.permalink}#${c.section?.anchor}`)).toEqual([
      'Secret typed-secret /ch02-example#make-a-secret',
      'ConfigMap made-by-hand /ch02-example#make-a-secret',
    ]);
  });

  test('every reference is an edge: another chapter, a command here, a command elsewhere, nothing', () => {
    const origins = Object.fromEntries(
      (graph?.edges ?? []).map((edge) => {
        const node = graph?.nodes.find((candidate) => candidate.id === edge.to);
        return [edge.field, node && graph ? `${node.kind} ${node.name}: ${nodeOrigin(node, graph)}` : '?'];
      }),
    );
    expect(origins).toEqual({
      'spec.containers[0].envFrom[0].configMapRef.name': 'ConfigMap shared-config: from chapter 1',
      'spec.containers[0].envFrom[1].secretRef.name': 'Secret typed-secret: created by a command',
      'spec.containers[0].envFrom[2].secretRef.name': 'Secret old-secret: created by a command in chapter 1',
      'spec.containers[0].envFrom[3].secretRef.name': 'Secret ghost: created by nothing in the notes',
    });
    expect(graph?.nodes.find((node) => node.name === 'typed-secret')?.href).toBe('/ch02-example#make-a-secret');
  });

  test('only the reference nothing creates is a warning', () => {
    expect(graph?.warnings).toEqual([
      {
        chapter: 'ch02',
        file: 'manifests/ch02/elsewhere-ch02.yml',
        object: 'Pod consumer',
        message:
          'spec.containers[0].envFrom[3].secretRef.name names Secret ghost, which no manifest or command of the notes creates',
      },
    ]);
  });
});
