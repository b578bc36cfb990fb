/**
 * Every manifest is a valid object for current Kubernetes, in the spirit of kubernetes/website's examples
 * test: a registry (file -> ordered apiVersion/kind list) checked against manifests/ both ways, every
 * document parsed with js-yaml and validated against the Kubernetes schema with unknown fields rejected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listManifests, readManifest, ManifestError } from '../../src/lib/build/manifests';
import { jsonPointer, validateObject } from '../../src/lib/manifestValidation';

/** The shared validator (the browser editor runs the same one), as `/field/path: message` lines. */
async function validateKubernetesObject(document: unknown): Promise<string[]> {
  return (await validateObject(document)).map((problem) => `${jsonPointer(problem.path)}: ${problem.message}`);
}

const manifestsDir = path.resolve('manifests');
const registryDir = path.resolve('tests/content/manifest-registry');

function loadRegistry(): Map<string, string[]> {
  const registry = new Map<string, string[]>();
  for (const file of fs.readdirSync(registryDir).filter((name) => name.endsWith('.json'))) {
    const entries = JSON.parse(fs.readFileSync(path.join(registryDir, file), 'utf8')) as Record<string, string[]>;
    for (const [manifest, kinds] of Object.entries(entries)) {
      if (registry.has(manifest)) throw new Error(`${manifest} is registered twice (second time in ${file})`);
      registry.set(manifest, kinds);
    }
  }
  return registry;
}

const registry = loadRegistry();

/** File names the notes misspell; the site fixes the file and the command together. */
const RENAMED: Record<string, string> = { 'doward-api-volume.yml': 'downward-api-volume.yml' /* E45 */ };
const files = listManifests(manifestsDir);

describe('manifest registry', () => {
  test('every manifest file has a registry entry', () => {
    expect(files.filter((file) => !registry.has(file))).toEqual([]);
  });

  test('every registry entry has a manifest file', () => {
    expect([...registry.keys()].filter((file) => !files.includes(file))).toEqual([]);
  });

  test('every manifest the notes name exists (36 names)', () => {
    const notes = fs.readFileSync('tests/fixtures/notes.md', 'utf8');
    const named = [
      ...new Set([...notes.matchAll(/\.\/([\w.-]+\.ya?ml)\b|-f ([\w.-]+\.ya?ml)\b/g)].map((m) => m[1] ?? m[2])),
    ];
    expect(named).toHaveLength(36);
    const basenames = new Set(files.map((file) => path.posix.basename(file)));
    const missing = named.map((name) => RENAMED[name ?? ''] ?? name).filter((name) => !basenames.has(name ?? ''));
    expect(missing).toEqual([]);
  });
});

describe.each(files)('manifests/%s', (file) => {
  const manifest = readManifest(manifestsDir, file);

  test('declares the objects its registry entry lists, in order', () => {
    expect(manifest.objects.map((object) => `${object.apiVersion}/${object.kind}`)).toEqual(registry.get(file));
  });

  test('every object is valid for current Kubernetes (schema, no unknown fields)', async () => {
    const problems = (
      await Promise.all(
        manifest.documents.map(async (document, index) =>
          (await validateKubernetesObject(document)).map((problem) => `document ${index + 1}: ${problem}`),
        ),
      )
    ).flat();
    expect(problems).toEqual([]);
  });

  test('sets no namespace (everything runs in default)', () => {
    const namespaced = manifest.documents.filter(
      (document) => ((document as { metadata?: { namespace?: string } }).metadata ?? {}).namespace !== undefined,
    );
    expect(namespaced).toEqual([]);
  });
});

describe('the checks catch bad manifests', () => {
  const badDir = path.resolve('tests/fixtures/bad-manifests');

  test('misspelt fields are named', async () => {
    const [document] = readManifest(badDir, 'unknown-fields.yml').documents;
    expect(await validateKubernetesObject(document)).toEqual([
      '/spec/restartPolicyy: unknown field restartPolicyy',
      '/spec/contianers: unknown field contianers',
    ]);
  });

  test('a wrong type is named with its field', async () => {
    const [document] = readManifest(badDir, 'wrong-type.yml').documents;
    expect(await validateKubernetesObject(document)).toEqual([
      '/spec/containers/0/ports/0/containerPort: must be an integer, not the string "eighty"',
    ]);
  });

  test('a removed API version is rejected, naming the version to use', async () => {
    const [document] = readManifest(badDir, 'removed-api.yml').documents;
    expect(await validateKubernetesObject(document)).toEqual([
      '/apiVersion: extensions/v1beta1 Ingress is no longer served (removed in Kubernetes 1.22): use apiVersion networking.k8s.io/v1',
    ]);
  });

  test('invalid YAML fails with file:line:column', () => {
    expect(() => readManifest(badDir, 'invalid-yaml.yml')).toThrow(ManifestError);
    expect(() => readManifest(badDir, 'invalid-yaml.yml')).toThrow(/^manifests\/invalid-yaml\.yml:8:\d+: invalid YAML/);
  });
});
