import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../build/manifests';
import { describe as describeSimulation, simulationOf, SIMULATIONS, SpecError, type SimulationName } from '../catalog';

const manifestsDir = path.join(__dirname, '../../../../manifests');
const docsOf = (name: SimulationName) =>
  Object.fromEntries(SIMULATIONS[name].map((file) => [file, readManifest(manifestsDir, file).documents]));

describe('simulations made from the chapters manifests', () => {
  it('reads the fields the chapters set', () => {
    expect(describeSimulation('rollout', docsOf('rollout')).params).toEqual({
      replicas: '3',
      maxSurge: '1',
      maxUnavailable: '0',
      minReadySeconds: '10',
      progressDeadlineSeconds: '600',
      image: 'luksa/kubia:v3',
    });
    expect(describeSimulation('statefulset', docsOf('statefulset')).params).toEqual({
      replicas: '2',
      podManagementPolicy: 'OrderedReady',
    });
    expect(describeSimulation('replicaset', docsOf('replicaset')).params.replicas).toBe('3');
    expect(describeSimulation('endpoints', docsOf('endpoints')).config).toMatchObject({
      selector: { app: 'kubia' },
      labels: { app: 'kubia' },
    });
  });

  it('every default run is valid and ends', () => {
    for (const name of Object.keys(SIMULATIONS) as SimulationName[]) {
      const spec = describeSimulation(name, docsOf(name));
      const simulation = simulationOf(JSON.parse(JSON.stringify(spec)));
      expect(simulation.validate(spec.params)).toEqual([]);
      expect(simulation.run(spec.params, spec.script).steps.length).toBeGreaterThan(5);
    }
  });

  it('names the file when a manifest lacks what the simulation needs', () => {
    expect(() =>
      describeSimulation('statefulset', { 'ch10/stateful-kubia.yml': [{ kind: 'StatefulSet', metadata: {} }] }),
    ).toThrow(
      new SpecError('manifests/ch10/stateful-kubia.yml: metadata.name is missing or not what the simulation needs'),
    );
  });
});
