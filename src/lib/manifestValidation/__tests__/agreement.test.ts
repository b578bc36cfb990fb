/**
 * The browser validator (text -> `yaml` -> problems with line:column) and the build's manifest test
 * (js-yaml documents -> validateObject, tests/content/manifests.test.ts) agree on every manifest and
 * on every bad-manifest fixture; the expected problem of each fixture is written here by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listManifests, readManifest, ManifestError } from '../../build/manifests';
import { fieldPath, validateManifest, validateObject } from '..';

const manifestsDir = path.resolve('manifests');
const badDir = path.resolve('tests/fixtures/bad-manifests');

/** What the build's schema test sees: js-yaml documents, each validated, as `document: field: message`. */
async function buildView(dir: string, file: string): Promise<string[]> {
  const { documents } = readManifest(dir, file);
  const perDocument = await Promise.all(
    documents.map(async (document, index) =>
      (await validateObject(document)).map((problem) => `${index + 1}: ${fieldPath(problem.path)}: ${problem.message}`),
    ),
  );
  return perDocument.flat();
}

/** What the editor shows, without the positions. */
async function browserView(dir: string, file: string): Promise<string[]> {
  const { problems } = await validateManifest(fs.readFileSync(path.join(dir, file), 'utf8'));
  return problems.map((problem) => `${problem.document}: ${problem.field}: ${problem.message}`);
}

describe.each(listManifests(manifestsDir))('manifests/%s', (file) => {
  test('valid in the browser validator and in the build schema test', async () => {
    const browser = await validateManifest(fs.readFileSync(path.join(manifestsDir, file), 'utf8'), '1.36');
    expect(browser.problems).toEqual([]);
    expect(browser.summary).toBe('valid for Kubernetes 1.36');
    expect(browser.documents).toBe(readManifest(manifestsDir, file).documents.length);
    expect(await buildView(manifestsDir, file)).toEqual([]);
  });
});

describe('bad manifests: the same problems both ways, at the right place', () => {
  const expected: Record<string, { line: number; column: number; field: string; message: string }[]> = {
    'unknown-fields.yml': [
      { line: 7, column: 3, field: 'spec.restartPolicyy', message: 'unknown field restartPolicyy' },
      { line: 11, column: 3, field: 'spec.contianers', message: 'unknown field contianers' },
    ],
    'wrong-type.yml': [
      {
        line: 11,
        column: 26,
        field: 'spec.containers[0].ports[0].containerPort',
        message: 'must be an integer, not the string "eighty"',
      },
    ],
    'removed-api.yml': [
      {
        line: 2,
        column: 13,
        field: 'apiVersion',
        message:
          'extensions/v1beta1 Ingress is no longer served (removed in Kubernetes 1.22): use apiVersion networking.k8s.io/v1',
      },
    ],
  };

  test('every fixture has an expectation here', () => {
    const fixtures = fs.readdirSync(badDir).filter((file) => file.endsWith('.yml'));
    expect(fixtures.sort()).toEqual([...Object.keys(expected), 'invalid-yaml.yml'].sort());
  });

  test.each(Object.entries(expected))('%s', async (file, problems) => {
    const result = await validateManifest(fs.readFileSync(path.join(badDir, file), 'utf8'));
    expect(result.problems.map(({ line, column, field, message }) => ({ line, column, field, message }))).toEqual(
      problems,
    );
    expect(result.summary).toBe(problems.length === 1 ? '1 problem' : `${problems.length} problems`);
    expect(await browserView(badDir, file)).toEqual(await buildView(badDir, file));
  });

  test('invalid-yaml.yml: both parsers stop at line 8', async () => {
    const result = await validateManifest(fs.readFileSync(path.join(badDir, 'invalid-yaml.yml'), 'utf8'));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 8, field: '' });
    expect(() => readManifest(badDir, 'invalid-yaml.yml')).toThrow(ManifestError);
    expect(() => readManifest(badDir, 'invalid-yaml.yml')).toThrow(/^manifests\/invalid-yaml\.yml:8:/);
  });
});
