/** No runnable command on the site uses a form current kubectl rejects; history stays in `:::changed`. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPages } from '../../src/lib/build/content';
import { listManifestFiles } from '../../src/lib/build/manifests';
import { findOutdatedCommands, REMOVED_API_VERSIONS } from './outdatedCommands';

const docs = loadPages(path.resolve('docs'));

describe('outdated command forms', () => {
  test.each(docs.map((doc) => [doc.relativePath, doc] as const))('docs/%s runs only current commands', (_, doc) => {
    expect(
      findOutdatedCommands(doc.source, { mdx: doc.relativePath.endsWith('.mdx') }).map(
        (f) => `docs/${doc.relativePath}:${f.line}: ${f.form}: ${f.command}`,
      ),
    ).toEqual([]);
  });

  test('no manifest uses a removed API version', () => {
    const offenders = listManifestFiles(path.resolve('manifests')).filter((file) =>
      REMOVED_API_VERSIONS.test(fs.readFileSync(path.join('manifests', file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the check knows runnable commands from history', () => {
  const page = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;

  test('flags every outdated form in a runnable block, with its line', () => {
    const source = page(
      [
        '```bash',
        'k run dnsutils --image=busybox --generator=run-pod/v1',
        'k rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2',
        'k exec downward env',
        'k create -f ./kubia-deployment-v1.yml --record',
        'curl https://host/api/v1/namepsaces/$NS/pods',
        'k get endpoint kubia',
        'k get componentstatuses',
        '```',
      ].join('\n'),
    );
    expect(findOutdatedCommands(source).map((f) => f.line)).toEqual([6, 7, 8, 9, 10, 11, 12]);
  });

  test('finds an outdated command after && or ;, in $(...) and in a console block, not in its output', () => {
    const source = page(
      [
        '```bash',
        'a && kubectl exec p ls',
        'kubectl get pods; kubectl exec -it p bash',
        'NAMES=$(kubectl get cs -o name)',
        'kubectl exec p -- ls && echo done',
        '```',
        '',
        '```console',
        '$ kubectl rolling-update a b --image=x:2',
        'Flag --record has been deprecated',
        '```',
      ].join('\n'),
    );
    expect(findOutdatedCommands(source).map((f) => [f.line, f.command])).toEqual([
      [6, 'kubectl exec p ls'],
      [7, 'kubectl exec -it p bash'],
      [8, 'kubectl get cs -o name'],
      [13, 'kubectl rolling-update a b --image=x:2'],
    ]);
  });

  test('accepts the modern forms', () => {
    const source = page(
      [
        '```bash',
        'kubectl exec downward -- env',
        'kubectl exec -it curl -- sh',
        'kubectl get endpoints kubia',
        '```',
      ].join('\n'),
    );
    expect(findOutdatedCommands(source)).toEqual([]);
  });

  test('allows history inside a :::changed admonition, and output in text blocks', () => {
    const source = page(
      [
        ':::changed[Removed · kubectl 1.18]',
        '',
        '```bash',
        'k rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2',
        '```',
        '',
        ':::',
        '',
        '```text',
        'Flag --record has been deprecated',
        '```',
      ].join('\n'),
    );
    expect(findOutdatedCommands(source)).toEqual([]);
  });

  test('a :::note admonition is not history', () => {
    const source = page([':::note', '', '```bash', 'k exec downward env', '```', '', ':::'].join('\n'));
    expect(findOutdatedCommands(source)).toHaveLength(1);
  });
});
