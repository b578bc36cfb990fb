import { describe, expect, test } from 'vitest';
import { kubectlGroupOf } from '../../notesCommandIndex';
import { isKubectlMention, parseKubectl } from '../kubectl';
import { classifyCommand } from '../classify';

describe('classifyCommand', () => {
  test('needs a kubectl subcommand after k', () => {
    expect(classifyCommand('k', 'inline')).toBeUndefined();
    expect(classifyCommand('k get pods', 'inline')?.command).toBe('kubectl get pods');
    expect(classifyCommand('k=3', 'block')?.tool).toBe('shell');
    expect(classifyCommand('kubectl', 'inline')).toBeUndefined();
    expect(classifyCommand('do k delete po kubia-0', 'block')).toEqual({
      tool: 'kubectl',
      command: 'kubectl delete po kubia-0',
      alias: true,
    });
  });
});

describe('parseKubectl and the index groups', () => {
  test.each([
    ['kubectl get endpoints kubia', 'get', 'endpoints'],
    ['kubectl get endpoint kubia', 'get', 'endpoints'],
    ['kubectl get svc', 'get', 'services'],
    ['kubectl get po,svc', 'get', 'pods,services'],
    ['kubectl create -f ./kubia-rc.yml', 'create -f', undefined],
    ['kubectl create configmap my-config --from-file=customkey=config-file.conf', 'create configmap', undefined],
    ['kubectl create secret tls tls-secret --cert=tls.cert --key=tls.key', 'create secret tls', undefined],
    ['kubectl rollout undo deployment kubia --to-revision=N', 'rollout undo', 'deployments'],
    ['kubectl rollout status deploy/kubia', 'rollout status', 'deployments'],
    ['kubectl set image deployment kubia nodejs=luksa/kubia:v2', 'set image', 'deployments'],
    ['kubectl exec -it mongodb -- mongosh', 'exec', undefined],
    ['kubectl port-forward fortune 8080:80', 'port-forward', undefined],
    ['kubectl logs deploy/kubia', 'logs', 'deployments'],
    ['kubectl -n kube-system get pods', 'get', 'pods'],
    ['kubectl delete pod kubia-0 --force --grace-period 0', 'delete', 'pods'],
    ["kubectl get --raw='/readyz?verbose'", 'get', '--raw'],
    ['kubectl get pods -o yaml | grep -i node', 'get', 'pods'],
    ['kubectl proxy', 'proxy', undefined],
  ])('%s -> %s %s', (command, verb, resource) => {
    expect(kubectlGroupOf(command)).toEqual({ verb, resource });
  });

  test('tells exec with and without --', () => {
    expect(parseKubectl('kubectl exec -it mongodb mongo')).toMatchObject({
      dashDash: false,
      args: ['mongodb', 'mongo'],
    });
    expect(parseKubectl('kubectl exec -it c --container web -- ls')).toMatchObject({ dashDash: true, args: ['c'] });
    expect(parseKubectl(`kubectl exec p -- sh -c 'ls | wc -l'`)).toMatchObject({ dashDash: true, args: ['p'] });
  });

  test('a command only named in prose is a mention, one that can run is not', () => {
    expect(isKubectlMention('kubectl attach')).toBe(true);
    expect(isKubectlMention('kubectl apply -f')).toBe(true);
    expect(isKubectlMention('kubectl get pods')).toBe(false);
    expect(isKubectlMention('kubectl proxy')).toBe(false);
  });
});
