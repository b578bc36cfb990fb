import { describe, expect, test } from 'vitest';
import { outdatedUses, statusesOf } from '../outdated';
import { extractCommands } from '../scan';

const kinds = (command: string, tool = 'kubectl') => statusesOf(tool, command).map((status) => status.kind);
const replacements = (command: string, tool = 'kubectl') =>
  statusesOf(tool, command).flatMap((status) => status.replacements);

describe('statusesOf', () => {
  test('removed commands and flags, with the modern form', () => {
    expect(kinds('kubectl rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2')).toEqual(['removed']);
    expect(replacements('kubectl exec -it curl -c main bash')).toEqual(['kubectl exec -it curl -c main -- bash']);
    expect(replacements('kubectl exec downward env')).toEqual(['kubectl exec downward -- env']);
    expect(kinds('kubectl exec downward -- env')).toEqual([]);
    expect(
      replacements('kubectl run dnsutils --image=busybox --generator=run-pod/v1 --command -- sleep infinity'),
    ).toEqual(['kubectl run dnsutils --image=busybox --command -- sleep infinity']);
  });

  test('deprecated APIs and flags', () => {
    expect(kinds('kubectl get componentstatuses')).toEqual(['deprecated']);
    expect(kinds('kubectl get cs')).toEqual(['deprecated']);
    expect(kinds('kubectl create -f ./kubia-deployment-v1.yml --record')).toEqual(['deprecated']);
    expect(replacements('kubectl get endpoints kubia')).toEqual([
      'kubectl get endpointslices -l kubernetes.io/service-name=kubia',
    ]);
    expect(kinds('kubectl get endpoint kubia')).toEqual(['fix', 'deprecated']);
    expect(replacements('kubectl get endpoints kube-scheduler -o yaml')).toEqual([
      'kubectl get lease kube-scheduler -n kube-system -o yaml',
    ]);
  });

  test('notes for commands that still run', () => {
    expect(replacements('kubectl describe secret foo-token-nptwh')).toEqual(['kubectl create token foo']);
    expect(kinds('kubectl describe secret fortune-https')).toEqual([]);
    expect(kinds('minikube start --extra-config=apiserver.Features.Enable-SwaggerUI=true', 'minikube')).toEqual([
      'removed',
    ]);
    expect(kinds('kubectl get pods')).toEqual([]);
  });

  test('a typo in an API path, whatever the tool', () => {
    expect(replacements('curl https://host/api/v1/namepsaces/$NS/pods', 'curl')).toEqual([
      'curl https://host/api/v1/namespaces/$NS/pods',
    ]);
    expect(kinds('kubectl get --raw /api/v1/namepsaces')).toEqual(['fix']);
  });
});

describe('outdatedUses', () => {
  const forms = (body: string) =>
    outdatedUses(extractCommands(body)).map(({ use, form }) => [use.line, form, use.command]);

  test('finds an outdated command anywhere in a compound line', () => {
    const page = [
      '```bash',
      'a && kubectl exec p ls',
      'kubectl get pods; k exec -it p bash | tee log',
      'TOKEN=$(kubectl get cs -o name) || true',
      'kubectl exec p -- sh -c "kubectl exec q ls && k rolling-update a b"',
      '```',
    ].join('\n');
    expect(forms(page)).toEqual([
      [2, 'exec-without-dashdash', 'kubectl exec p ls'],
      [3, 'exec-without-dashdash', 'kubectl exec -it p bash | tee log'],
      [4, 'componentstatuses', 'kubectl get cs -o name'],
    ]);
  });

  test('leaves out history, notes and prose: only runnable block commands count', () => {
    const page = [
      ':::changed[Old]',
      '',
      '```bash',
      'k rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2',
      '```',
      '',
      ':::',
      '',
      'Prose may name `kubectl rolling-update kubia-v1 kubia-v2`.',
      '',
      '```bash',
      'kubectl get endpoints kubia',
      'kubectl describe secret foo-token-nptwh',
      '```',
    ].join('\n');
    expect(forms(page)).toEqual([]);
  });
});
