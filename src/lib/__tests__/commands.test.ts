import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyCommand, extractCommands, parseKubectl, splitShellLine } from '../commands';
import { kubectlGroupOf } from '../commandIndex';
import { statusesOf } from '../commandStatus';

const fixture = fs.readFileSync(path.join(__dirname, 'fixtures/commands/page.mdx'), 'utf8');
const uses = extractCommands(fixture);
const commands = uses.map((use) => use.command);

describe('extractCommands on the fixture page', () => {
  test('finds commands written with k and with kubectl, and writes the alias out', () => {
    expect(uses.slice(0, 2)).toEqual([
      {
        command: 'kubectl create -f ./kubia-svc.yml',
        text: 'k create -f ./kubia-svc.yml',
        tool: 'kubectl',
        line: 11,
        where: 'block',
        history: false,
        alias: true,
      },
      {
        command: 'kubectl get svc kubia',
        text: 'kubectl get svc kubia',
        tool: 'kubectl',
        line: 12,
        where: 'block',
        history: false,
        alias: false,
      },
    ]);
  });

  test('joins multi-line commands continued with a backslash, on the line where they start', () => {
    const configmap = uses.find((use) => use.command.startsWith('kubectl create configmap'));
    expect(configmap?.command).toBe('kubectl create configmap my-config --from-file=foo.json --from-literal=foo=bar');
    expect(configmap?.line).toBe(18);
  });

  test('keeps placeholders such as <pod_name> as written', () => {
    expect(commands).toContain('kubectl exec <pod_name> -- curl -s http://<svc_ip>');
  });

  test('splits chains, drops the background &, keeps pipelines whole and looks inside $(...)', () => {
    expect(commands).toContain('kubectl port-forward fortune 8080:80');
    expect(commands).toContain('curl -s localhost:8080');
    expect(commands).toContain('kubectl delete pod fortune');
    expect(commands).toContain('minikube ssh');
    expect(commands).toContain('kubectl exec fortune-https -c web-server -- mount | grep certs');
    expect(commands).toContain('TOKEN=$(kubectl create token foo)');
    expect(commands).toContain('kubectl create token foo');
    expect(commands).toContain('kubectl get pods');
    // Comments are not commands, and a trailing comment is not part of one.
    expect(commands.filter((command) => command.includes('comment'))).toEqual([]);
  });

  test('reads console blocks: only $ lines (and their > continuations), never the output', () => {
    const consoleUses = uses.filter((use) => use.line >= 36 && use.line <= 43);
    expect(consoleUses.map((use) => use.command)).toEqual([
      'kubectl get endpoints kubia',
      'kubectl rollout undo deployment kubia --to-revision=2',
    ]);
  });

  test('a k that is not kubectl stays out: the alias line, curl -k, a loop variable, k8s, `k` in prose', () => {
    const section = uses.filter((use) => use.line >= 47 && use.line <= 62);
    expect(section.map((use) => [use.tool, use.command])).toEqual([
      ['kubectl', 'kubectl get rs'],
      ['kubectl', 'kubectl describe pods'],
      ['alias', 'alias k=kubectl'],
      ['curl', 'curl -k -v https://localhost:8443'],
      ['echo', 'echo "$k"'],
    ]);
    expect(section.filter((use) => use.where === 'inline')).toHaveLength(2);
  });

  test('ignores text blocks and front matter, and heredoc bodies', () => {
    expect(uses.filter((use) => use.line < 8)).toEqual([]);
    expect(uses.filter((use) => use.command === 'kubectl get pods').map((use) => use.line)).toEqual([32]);
    expect(commands).toContain('cat <<EOF > pod.yml');
  });

  test('marks commands inside :::changed as history', () => {
    const history = uses.filter((use) => use.history);
    expect(history.map((use) => use.command)).toEqual([
      'kubectl rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2',
    ]);
  });
});

describe('extractCommands on the original notes', () => {
  const notes = fs.readFileSync(path.join(__dirname, '../../../tests/fixtures/notes.md'), 'utf8');
  const notesUses = extractCommands(notes, { mdx: false });
  const kubectl = notesUses.filter((use) => use.tool === 'kubectl');

  test('finds the 88 kubectl command lines of the notes code blocks (spec section 5)', () => {
    expect(kubectl.filter((use) => use.where === 'block')).toHaveLength(88);
  });

  test('finds the 7 inline invocations of the spec among the inline commands', () => {
    const inlineLines = kubectl.filter((use) => use.where === 'inline').map((use) => use.line);
    for (const line of [380, 535, 714, 1051, 1077, 1079]) expect(inlineLines).toContain(line);
    expect(kubectl.filter((use) => use.line === 1077)).toHaveLength(2);
  });

  test('finds the other CLI commands of the spec', () => {
    const other = notesUses.filter((use) => use.tool !== 'kubectl');
    const at = (line: number) => other.filter((use) => use.line === line).map((use) => use.command);
    expect(at(39)).toEqual(['minikube addons enable ingress', 'minikube service list']);
    expect(at(64)).toEqual(['openssl genrsa -out tls.key 2048']);
    expect(at(140)).toEqual(['sudo mkdir -p /k8s/volumes/hostpath/mongodb']);
    expect(at(655)).toEqual(['curl http://minikube.eddy.com/']);
    expect(at(588)).toEqual(['TOKEN=$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)']);
  });
});

describe('splitShellLine', () => {
  test('respects quotes and redirections', () => {
    expect(splitShellLine(`curl -d "a; b && c" http://x 2>&1 | tee log; echo done`).map((s) => s.text)).toEqual([
      'curl -d "a; b && c" http://x 2>&1 | tee log',
      'echo done',
    ]);
  });
});

describe('classifyCommand', () => {
  test('needs a kubectl subcommand after k', () => {
    expect(classifyCommand('k', 'inline')).toBeUndefined();
    expect(classifyCommand('k get pods', 'inline')?.command).toBe('kubectl get pods');
    expect(classifyCommand('k=3', 'block')?.tool).toBe('shell');
    expect(classifyCommand('kubectl', 'inline')).toBeUndefined();
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
    ['kubectl -n kube-system get pods', 'get', 'pods'],
    ['kubectl delete pod kubia-0 --force --grace-period 0', 'delete', 'pods'],
    ["kubectl get --raw='/readyz?verbose'", 'get', '--raw'],
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
  });
});

describe('statusesOf', () => {
  const kinds = (command: string, tool = 'kubectl') => statusesOf(tool, command).map((status) => status.kind);
  const replacements = (command: string, tool = 'kubectl') =>
    statusesOf(tool, command).flatMap((status) => status.replacements);

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
});
