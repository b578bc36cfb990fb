import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractCommands } from '../scan';

const fixture = fs.readFileSync(path.join(__dirname, 'fixtures/page.mdx'), 'utf8');
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
    const chains = uses.filter((use) => use.line >= 27 && use.line <= 32);
    expect(chains.map((use) => [use.line, use.command])).toEqual([
      [27, 'kubectl port-forward fortune 8080:80'],
      [28, 'curl -s localhost:8080'],
      [28, 'kubectl delete pod fortune'],
      [28, 'minikube ssh'],
      [29, 'kubectl exec fortune-https -c web-server -- mount | grep certs'],
      [30, 'TOKEN=$(kubectl create token foo)'],
      [30, 'kubectl create token foo'],
      [32, 'kubectl get pods'],
    ]);
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

  test('reads plain Markdown too, and :::changed in it', () => {
    const markdown = ['# Title', '', ':::changed[Old]', '', '`k get cs`', '', ':::', '', '```sh', 'k get ns', '```'];
    expect(extractCommands(markdown.join('\n'), { mdx: false }).map((use) => [use.line, use.history])).toEqual([
      [5, true],
      [10, false],
    ]);
  });
});

describe('extractCommands on the original notes', () => {
  const notes = fs.readFileSync(path.join(__dirname, '../../../../tests/fixtures/notes.md'), 'utf8');
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
