/**
 * The versions of today live in one file (src/data/versions.json). A bump (say to Kubernetes 1.38) fails here
 * at every place it touches, each named: the data file's own consistency (kubectl, the supported window, the
 * minimum and its reason, the schema the editor validates against), every manifest's apiVersion (served by
 * every supported minor, from a reviewed table), the kubectl image of the manifests (kubectl's version skew),
 * the pages (no `:::changed` later than today, no version number written by hand where <Version> belongs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import versions from '../../src/data/versions.json';
import served from './served-apis.json';
import { loadPages } from '../../src/lib/build/content';
import { listManifests, readManifest } from '../../src/lib/build/manifests';
import { removedApi } from '../../src/lib/manifestValidation/removedApis';
import { installedSchemaKubernetes } from '../../src/lib/build/schemaKubernetes';
import { checkedAgainstText, readableDate } from '../../src/lib/checkedAgainst';

const docs = loadPages(path.resolve('docs'));
const manifestsDir = path.resolve('manifests');
const minor = (version: string) => Number(version.split('.')[1]);
const minorName = (value: number) => `1.${value}`;

/** Every minor the site supports, oldest first: `1.35`, `1.36`, `1.37`. */
const supported = Array.from({ length: minor(versions.kubernetes) - minor(versions.supportedOldest) + 1 }, (_, index) =>
  minorName(minor(versions.supportedOldest) + index),
);

const LATEST: Record<string, string> = {
  kubernetes: versions.kubernetes,
  k8s: versions.kubernetes,
  kubectl: versions.kubectl,
  minikube: versions.minikube,
};

describe('versions of today (src/data/versions.json)', () => {
  test('each version is written 1.N and the date checked YYYY-MM-DD', () => {
    for (const key of [
      'kubernetes',
      'kubectl',
      'minikube',
      'supportedOldest',
      'minimumKubernetes',
      'schemaKubernetes',
    ] as const) {
      expect(versions[key], `src/data/versions.json: ${key}`).toMatch(/^1\.\d+$/);
    }
    expect(versions.checked, 'src/data/versions.json: checked').toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('kubectl is the minor of the Kubernetes checked against', () => {
    expect(versions.kubectl, 'src/data/versions.json: kubectl').toBe(versions.kubernetes);
  });

  test('the supported window is the three newest minors (https://kubernetes.io/releases/: the project maintains the three most recent minor releases)', () => {
    expect(supported, 'src/data/versions.json: supportedOldest').toHaveLength(3);
  });

  test('the minimum the prerequisites state is within the supported window, with its reason', () => {
    expect(minor(versions.minimumKubernetes), 'src/data/versions.json: minimumKubernetes').toBeGreaterThanOrEqual(
      minor(versions.supportedOldest),
    );
    expect(minor(versions.minimumKubernetes)).toBeLessThanOrEqual(minor(versions.kubernetes));
    expect(versions.minimumKubernetesWhy.length, 'src/data/versions.json: minimumKubernetesWhy').toBeGreaterThan(40);
  });

  test('the prerequisites state the minimum and why, through <Version>, not numbers that go stale', () => {
    const intro = fs.readFileSync(path.resolve('docs/index.mdx'), 'utf8');
    const prerequisites = /## What you need[\s\S]*?(?=\n## |$)/.exec(intro)?.[0] ?? '';
    expect(prerequisites, 'docs/index.mdx: What you need').toContain('<Version of="minimumKubernetes" />');
    expect(prerequisites, 'docs/index.mdx: What you need').toContain('<Version of="minimumKubernetesWhy" />');
    expect(prerequisites, 'docs/index.mdx: What you need').not.toMatch(/(Kubernetes|minikube|kubectl) 1\.\d+/);
  });

  test('the line on the home page and the chapters says what the data says', () => {
    // Written out by hand: the sentence for this data, so a bump must touch this line too.
    expect(checkedAgainstText()).toBe('Checked against Kubernetes 1.37 (supported: 1.35-1.37) on 7 December 2026');
    expect(() => readableDate('2026-13-07')).toThrow(/src\/data\/versions.json: checked/);
  });

  test('the editor validates against a schema for a supported Kubernetes, and a lag behind today is reviewed', () => {
    const schema = installedSchemaKubernetes();
    // The schema's release comes from kubernetes-models (src/lib/manifestValidation/schemaVersion.ts). When it
    // is older than the Kubernetes of today, versions.json must say so (schemaKubernetes, schemaKubernetesWhy);
    // when the package catches up, this fails until the note is updated.
    expect(versions.schemaKubernetes, 'src/data/versions.json: schemaKubernetes is not what the package holds').toBe(
      schema,
    );
    expect(supported, `kubernetes-models' schema (${schema}) is outside the supported window`).toContain(schema);
    if (minor(schema) < minor(versions.kubernetes)) {
      expect(versions.schemaKubernetesWhy, 'src/data/versions.json: schemaKubernetesWhy').toContain(schema);
    }
  });
});

describe('manifests against the supported Kubernetes minors', () => {
  const objects = listManifests(manifestsDir).flatMap((file) =>
    readManifest(manifestsDir, file).objects.map((object) => ({ file: `manifests/${file}`, ...object })),
  );

  test('the manifests declare objects', () => {
    expect(objects.length).toBeGreaterThan(20);
  });

  test('every apiVersion is served by every supported minor (tests/content/served-apis.json)', () => {
    const table = served.apis as Record<string, { servedSince: string; removedIn: string | null; source: string }>;
    const problems = objects.flatMap(({ file, apiVersion, kind, name }) => {
      const key = `${apiVersion}/${kind}`;
      const where = `${file}: ${kind} ${name} (${apiVersion})`;
      const removed = removedApi(apiVersion, kind);
      if (removed) return [`${where}: removed in Kubernetes ${removed.removedIn}`];
      const entry = table[key];
      if (!entry) return [`${where}: not in tests/content/served-apis.json; review it and add it with its source`];
      return supported
        .filter(
          (release) =>
            minor(release) < minor(entry.servedSince) ||
            (entry.removedIn !== null && minor(release) >= minor(entry.removedIn)),
        )
        .map((release) => `${where}: not served by Kubernetes ${release}`);
    });
    expect(problems).toEqual([]);
  });

  test('the table of served APIs names a source for each entry', () => {
    for (const [key, entry] of Object.entries(served.apis)) expect(entry.source, key).toMatch(/https:\/\//);
  });

  test("every kubectl image is within kubectl's version skew (one minor) of every supported Kubernetes", () => {
    const images = listManifests(manifestsDir).flatMap((file) =>
      [...readManifest(manifestsDir, file).text.matchAll(/image:\s*(\S*\/kubectl:\S+)/g)].map((match) => ({
        file: `manifests/${file}`,
        image: match[1] ?? '',
      })),
    );
    expect(images.length).toBeGreaterThan(0);
    const outside = images.flatMap(({ file, image }) => {
      const tag = /:v?(1\.\d+)(?:\.\d+)?$/.exec(image)?.[1];
      if (!tag) return [`${file}: ${image} has no version tag`];
      // https://kubernetes.io/releases/version-skew-policy/#kubectl: within one minor version of kube-apiserver.
      return Math.abs(minor(tag) - minor(versions.kubernetes)) > 1
        ? [`${file}: ${image} is more than one minor from Kubernetes ${versions.kubernetes}`]
        : [];
    });
    expect(outside).toEqual([]);
  });
});

describe('pages against today', () => {
  test('no :::changed admonition dates a change after the versions the site is checked against', () => {
    const tooNew = docs.flatMap((doc) =>
      doc.admonitions
        .filter((admonition) => admonition.name === 'changed')
        .flatMap(({ title, line }) =>
          [...title.matchAll(/\b(Kubernetes|kubectl|k8s|minikube)\s+v?(1\.\d+)/gi)]
            .filter(([, tool = '', version = '']) => minor(version) > minor(LATEST[tool.toLowerCase()] ?? '1.0'))
            .map(() => `docs/${doc.relativePath}:${line}: "${title}" is later than src/data/versions.json`),
        ),
    );
    expect(tooNew).toEqual([]);
  });

  test('no page states the minikube cluster to run by hand ("minikube ... Kubernetes 1.N or later")', () => {
    const byHand = docs.flatMap((doc) =>
      doc.lines.flatMap((text, index) =>
        /minikube.*Kubernetes 1\.\d+ or later/.test(text)
          ? [`docs/${doc.relativePath}:${index + 1}: ${text.trim()}`]
          : [],
      ),
    );
    expect(byHand).toEqual([]);
  });
});
