/** The Kubernetes release of the schemas, from marker definitions (and from the installed package). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { schemaFileName, schemaKubernetesVersion } from '../schemaVersion';
import { installedSchemaKubernetes, schemasDir } from '../../build/schemaKubernetes';

describe('schemaKubernetesVersion', () => {
  test('the file name kubernetes-models gives a definition', () => {
    expect(schemaFileName('io.k8s.api.resource.v1.ResourceClaim')).toBe('IoK8sApiResourceV1ResourceClaim');
    expect(schemaFileName('io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicy')).toBe(
      'IoK8sApiAdmissionregistrationV1MutatingAdmissionPolicy',
    );
  });

  test('the newest marker found names the release', () => {
    expect(schemaKubernetesVersion(() => true)).toBe('1.36');
    expect(schemaKubernetesVersion((definition) => definition.includes('resource.v1'))).toBe('1.34');
  });

  test('no marker found is an error naming the markers looked for', () => {
    expect(() => schemaKubernetesVersion(() => false)).toThrow(/io\.k8s\.api\.resource\.v1\.ResourceClaim/);
  });

  test('a folder of schemas with only the 1.34 marker reads as 1.34', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemas-'));
    fs.writeFileSync(path.join(dir, 'IoK8sApiResourceV1ResourceClaim.js'), '');
    expect(installedSchemaKubernetes(dir)).toBe('1.34');
  });

  test('the installed kubernetes-models 5.1.0 is generated from Kubernetes 1.36.0 (its CHANGELOG, 5.0.0)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(schemasDir(), '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    // A new release: re-check which Kubernetes it is generated from, add its marker, then update this pin.
    expect(pkg.version).toBe('5.1.0');
    expect(installedSchemaKubernetes()).toBe('1.36');
  });
});
