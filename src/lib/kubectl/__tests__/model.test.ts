import { describe, expect, test } from 'vitest';
import { applyOverrides, kubectlModel } from '../model';
import { OVERRIDES } from '../overrides';
import { findFlag, findResourceType } from '../parse';
import { statusesOf } from '../../commands/outdated';

const model = kubectlModel();
const flagOf = (verb: string, name: string) => findFlag(model, model.verbs[verb], name);

describe('the kubectl model (fig spec + overrides)', () => {
  test('has the verbs the notes run, with one-line descriptions', () => {
    for (const verb of [
      'get',
      'describe',
      'scale',
      'rollout undo',
      'create configmap',
      'create secret generic',
      'exec',
      'logs',
      'port-forward',
      'cp',
      'label',
      'annotate',
    ]) {
      expect(model.verbs[verb], verb).toBeDefined();
      expect(model.verbs[verb]?.description.length, verb).toBeGreaterThan(10);
    }
    expect(model.verbs.scale?.description).toMatch(/^Set a new size/);
  });

  test('knows which flags take a value, per verb (logs -p is --previous, patch -p takes a patch)', () => {
    expect(flagOf('logs', '-p')).toMatchObject({ names: ['-p', '--previous'], value: 'none' });
    expect(flagOf('patch', '-p')).toMatchObject({ names: ['-p', '--patch'], value: 'required' });
    expect(flagOf('scale', '--replicas')?.value).toBe('required');
    expect(flagOf('get', '-w')?.names).toEqual(['-w', '--watch']);
  });

  test('the overrides fix what the spec gets wrong', () => {
    expect(flagOf('rollout undo', '--to_revision')).toBeUndefined();
    expect(flagOf('rollout undo', '--to-revision')).toMatchObject({ value: 'required', default: '0' });
    expect(model.verbs['port-forward']?.description).not.toMatch(/socat/);
    expect(flagOf('create deployment', '--dry-run')).toMatchObject({ value: 'optional', default: 'none' });
    expect(flagOf('run', '--generator')?.status).toMatchObject({ kind: 'removed', since: 'kubectl 1.21' });
    expect(flagOf('annotate', '--record')?.status?.kind).toBe('deprecated');
    expect(model.verbs['rolling-update']?.status?.kind).toBe('removed');
    expect(model.verbs.events).toBeDefined();
    expect(model.verbs['create token']).toBeDefined();
    expect(model.verbs.create?.subcommands).toContain('token');
  });

  test('every verb takes the global flags', () => {
    expect(flagOf('get', '--context')?.value).toBe('required');
    expect(flagOf('scale', '-n')).toMatchObject({ names: ['-n', '--namespace'], value: 'required' });
  });

  test('resource types carry kind, short names, group and scope', () => {
    expect(findResourceType(model, 'rc')).toMatchObject({ kind: 'ReplicationController', group: '', namespaced: true });
    expect(findResourceType(model, 'deploy')).toMatchObject({ plural: 'deployments', group: 'apps', version: 'v1' });
    expect(findResourceType(model, 'PV')).toMatchObject({ kind: 'PersistentVolume', namespaced: false });
    expect(findResourceType(model, 'ingresses.networking.k8s.io')?.kind).toBe('Ingress');
    expect(findResourceType(model, 'kubia')).toBeUndefined();
  });
});

describe('applyOverrides', () => {
  const base = {
    verbs: {
      scale: {
        path: 'scale',
        description: 'Set a new size',
        subcommands: [],
        flags: [{ names: ['--replica_count'], description: '', value: 'required' as const }],
      },
    },
    globalFlags: [],
  };

  test('renames, corrects and adds', () => {
    const fixed = applyOverrides(base, [
      { op: 'rename-flag', verb: 'scale', from: '--replica_count', to: '--replicas', why: 'typo' },
      { op: 'set-flag', verb: 'scale', flag: '--replicas', set: { default: '1' }, why: 'default' },
      { op: 'add-global', flag: { names: ['--context'], description: 'c', value: 'required' }, why: 'global' },
    ]);
    expect(fixed.verbs.scale?.flags[0]).toMatchObject({ names: ['--replicas'], default: '1' });
    expect(fixed.globalFlags[0]?.names).toEqual(['--context']);
    expect(base.verbs.scale.flags[0]?.names).toEqual(['--replica_count']); // the input is not changed
  });

  test('fails naming every override that no longer matches the spec', () => {
    expect(() =>
      applyOverrides(base, [
        { op: 'rename-flag', verb: 'scale', from: '--nope', to: '--replicas', why: '' },
        { op: 'set-verb', verb: 'nothing', description: '', why: '' },
      ]),
    ).toThrow(/scale: no flag --nope to rename\nno verb "nothing"/);
  });

  test('every reviewed override says why', () => {
    for (const override of OVERRIDES) expect(override.why.length, JSON.stringify(override)).toBeGreaterThan(2);
  });

  test('says a verb or flag went in the kubectl version the outdated-command notes give', () => {
    // Two tables written apart (the model's overrides, the notes' outdated-command rules): a command of
    // each form they share, and the version each names.
    const cases: [string, { status?: { since?: string } } | undefined][] = [
      ['kubectl run dnsutils --image=busybox --generator=run-pod/v1', flagOf('run', '--generator')],
      ['kubectl rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2', model.verbs['rolling-update']],
      ['kubectl apply -f kubia-deployment-v1.yaml --record', flagOf('apply', '--record')],
    ];
    for (const [command, entry] of cases) {
      const since = entry?.status?.since;
      expect(since, command).toMatch(/^kubectl 1\.\d+$/);
      expect(
        statusesOf('kubectl', command).map((status) => status.label.endsWith(since ?? '?')),
        command,
      ).toEqual([true]);
    }
  });
});
