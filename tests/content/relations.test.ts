/**
 * The relation graphs of the real manifests: one per chapter folder, holding every object, with the
 * relations a reader of the notes relies on; and a one-label change in a copy of manifests/ removes
 * exactly the relation it should. Expected relations are written by hand from the YAML files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { computeRelations, relationSentence, warningLine, type ChapterGraph } from '../../src/lib/build/relations';
import { listManifests, readManifest } from '../../src/lib/build/manifests';

const manifestsDir = path.resolve('manifests');
const docsDir = path.resolve('docs');
const graphs = computeRelations(manifestsDir, docsDir);
const graph = (chapter: string): ChapterGraph => {
  const found = graphs.find((candidate) => candidate.chapter === chapter);
  if (!found) throw new Error(`no graph for ${chapter}`);
  return found;
};
const sentences = (chapter: string) => graph(chapter).edges.map((edge) => relationSentence(edge, graph(chapter)));
const edgeKeys = (all: ChapterGraph[]) =>
  all.flatMap((g) =>
    g.edges.map((edge) => `${g.chapter}: ${edge.from} --${edge.relation}--> ${edge.to} @ ${edge.field}`),
  );

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('relations of the real manifests', () => {
  test('a graph for every chapter folder, with every object of its manifests as a node', () => {
    const folders = [...new Set(listManifests(manifestsDir).map((file) => file.split('/')[0]))];
    expect(graphs.map((g) => g.chapter)).toEqual(folders);
    for (const file of listManifests(manifestsDir)) {
      const chapter = file.split('/')[0] ?? '';
      const ids = graph(chapter).nodes.map((node) => node.id);
      readManifest(manifestsDir, file).objects.forEach((_, index) => expect(ids).toContain(`${file}#${index}`));
    }
  });

  test('the relations the chapters teach are found', () => {
    expect(sentences('ch05')).toContain(
      'Service kubia-nodeport selects the pods of ReplicationController kubia (from chapter 4) through spec.selector',
    );
    expect(sentences('ch05')).toContain(
      'Ingress kubia (ingress-tls.yml) serves TLS with Secret tls-secret (created by a command) through spec.tls[0].secretName',
    );
    expect(sentences('ch06')).toEqual(
      expect.arrayContaining([
        'Pod mongodb (mongodb-pod-pvc.yml) mounts PersistentVolumeClaim mongodb-pvc through spec.volumes[0].persistentVolumeClaim.claimName',
        'PersistentVolumeClaim mongodb-pvc can bind PersistentVolume mongodb-pv through spec.storageClassName, spec.accessModes, spec.resources.requests.storage',
        'PersistentVolumeClaim mongodb-pvc-fast is provisioned by StorageClass fast through spec.storageClassName',
      ]),
    );
    expect(sentences('ch07')).toContain(
      'Pod fortune-https mounts Secret fortune-https (created by a command) through spec.volumes[2].secret.secretName',
    );
    expect(sentences('ch10')).toEqual(
      expect.arrayContaining([
        'StatefulSet kubia is governed by Service kubia through spec.serviceName',
        'StatefulSet kubia can bind PersistentVolume statefulsetvol3 through spec.volumeClaimTemplates[0].spec.storageClassName, spec.volumeClaimTemplates[0].spec.accessModes, spec.volumeClaimTemplates[0].spec.resources.requests.storage',
      ]),
    );
    expect(sentences('ch12')).toEqual([
      'ServiceAccount my-service-account pulls images with Secret mydockerhubsecret (created by a command in chapter 7) through imagePullSecrets[0].name',
    ]);
  });

  test('the manifests leave nothing open (a new warning shows on its page and in the build: fix it or accept it here)', () => {
    expect(graphs.flatMap((g) => g.warnings.map(warningLine))).toEqual([]);
  });

  test('changing one label in a copy removes exactly the relation it made', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-relations-'));
    temporary.push(copy);
    fs.cpSync(manifestsDir, copy, { recursive: true });
    const file = path.join(copy, 'ch09/kubia-deployment-v1.yml');
    const text = fs.readFileSync(file, 'utf8');
    const label = /^( {8}app: )kubia( #.*)?$/m;
    expect(text).toMatch(label);
    fs.writeFileSync(file, text.replace(label, '$1kubia-canary$2'));

    const before = edgeKeys(graphs);
    const after = edgeKeys(computeRelations(copy, docsDir));
    expect(before.filter((edge) => !after.includes(edge))).toEqual([
      'ch09: ch09/kubia-rc-and-service-v1.yml#1 --selects--> ch09/kubia-deployment-v1.yml#0 @ spec.selector',
    ]);
    expect(after.filter((edge) => !before.includes(edge))).toEqual([]);
  });
});
