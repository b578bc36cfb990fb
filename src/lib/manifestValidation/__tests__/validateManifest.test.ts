/** The browser validator on small texts written for each rule: the message, the field and the line. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateManifest } from '..';

const deployment = (apiVersion: string, replicas: string): string => `apiVersion: ${apiVersion}
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx
`;

async function short(text: string): Promise<string[]> {
  const { problems } = await validateManifest(text);
  return problems.map(
    (problem) => `${problem.document}:${problem.line}:${problem.column} ${problem.field}: ${problem.message}`,
  );
}

describe('validateManifest', () => {
  test('a valid Deployment: the summary names the Kubernetes release of the schemas it is given', async () => {
    const result = await validateManifest(deployment('apps/v1', '3'), '1.36');
    expect(result).toEqual({ problems: [], documents: 1, summary: 'valid for Kubernetes 1.36' });
    expect((await validateManifest(deployment('apps/v1', '3'))).summary).toBe('valid');
  });

  test('no Kubernetes version is written into the module (it comes from the schemas)', () => {
    const dir = path.resolve('src/lib/manifestValidation');
    const sources = fs.readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'schemaVersion.ts');
    expect(
      sources.filter((file) => /valid for Kubernetes 1\.\d+/.test(fs.readFileSync(path.join(dir, file), 'utf8'))),
    ).toEqual([]);
  });

  test('replicas: "three" is a wrong type on its line', async () => {
    expect(await short(deployment('apps/v1', '"three"'))).toEqual([
      '1:6:13 spec.replicas: must be an integer, not the string "three"',
    ]);
  });

  test('apps/v1beta2 names apps/v1', async () => {
    expect(await short(deployment('apps/v1beta2', '3'))).toEqual([
      '1:1:13 apiVersion: apps/v1beta2 Deployment is no longer served (removed in Kubernetes 1.16): use apiVersion apps/v1',
    ]);
  });

  test('a kind under the wrong GA group names the right one', async () => {
    expect(await short(deployment('v1', '3'))).toEqual([
      '1:1:13 apiVersion: v1 does not serve Deployment: use apiVersion apps/v1',
    ]);
  });

  test('every document of a multi-document file is validated, each problem on its own line', async () => {
    const text = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
      targetPort: true
---
# the second object
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - image: nginx
      imagePullPolicy: Always
      resources: {}
      lables: {}
`;
    expect(await short(text)).toEqual([
      '1:8:19 spec.ports[0].targetPort: must be an integer or a string, not true',
      '2:17:7 spec.containers[0].name: required field name is missing',
      '2:20:7 spec.containers[0].lables: unknown field lables',
    ]);
  });

  test('a missing top-level field points at the first line of its document', async () => {
    expect(await short('kind: Pod\nmetadata:\n  name: x\n')).toEqual([
      '1:1:1 apiVersion: apiVersion is missing (a string such as v1 or apps/v1)',
    ]);
  });

  test('broken YAML: the line of the error, no schema check of that document', async () => {
    const result = await validateManifest('apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\nspec: {}\n');
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((problem) => problem.field === '')).toBe(true);
    expect(result.problems[0]?.line).toBeGreaterThanOrEqual(4);
  });

  test('an empty text is one problem, a trailing --- is not a document', async () => {
    expect(await short('# nothing\n')).toEqual(['1:1:1 : no Kubernetes object: the text is empty']);
    expect((await validateManifest('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n')).documents).toBe(1);
  });

  test('an unknown kind is named', async () => {
    expect(await short('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n')).toEqual([
      '1:2:7 kind: Widget is not a kind this validator knows',
    ]);
  });
});

describe('removed API versions', () => {
  const object = (apiVersion: string, kind: string): string =>
    `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`;

  test.each([
    ['extensions/v1beta1', 'Deployment', 'removed in Kubernetes 1.16): use apiVersion apps/v1'],
    ['apps/v1beta1', 'StatefulSet', 'removed in Kubernetes 1.16): use apiVersion apps/v1'],
    ['networking.k8s.io/v1beta1', 'Ingress', 'removed in Kubernetes 1.22): use apiVersion networking.k8s.io/v1'],
    ['batch/v1beta1', 'CronJob', 'removed in Kubernetes 1.25): use apiVersion batch/v1'],
    ['policy/v1beta1', 'PodDisruptionBudget', 'removed in Kubernetes 1.25): use apiVersion policy/v1'],
  ])('%s %s', async (apiVersion, kind, advice) => {
    expect(await short(object(apiVersion, kind))).toEqual([
      `1:1:13 apiVersion: ${apiVersion} ${kind} is no longer served (${advice}`,
    ]);
  });

  test('a kind the old version never served is a wrong version, with the right one', async () => {
    expect(await short(object('extensions/v1beta1', 'Pod'))).toEqual([
      '1:1:13 apiVersion: extensions/v1beta1 does not serve Pod: use apiVersion v1',
    ]);
  });
});
