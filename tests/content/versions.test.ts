/**
 * The versions of today live in one file (src/data/versions.json). Pages may not claim a change from a
 * version later than the one the site is checked against, and the manifests' kubectl image must be one
 * that kubectl's version skew policy allows with that Kubernetes (within one minor version).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import versions from '../../src/data/versions.json';
import { loadPages } from '../../src/lib/build/content';

const docs = loadPages(path.resolve('docs'));
const minor = (version: string) => Number(version.split('.')[1]);

const LATEST: Record<string, string> = {
  kubernetes: versions.kubernetes,
  k8s: versions.kubernetes,
  kubectl: versions.kubectl,
  minikube: versions.minikube,
};

describe('versions of today', () => {
  test('the data file names each version as 1.N', () => {
    for (const value of Object.values(versions)) expect(value).toMatch(/^1\.\d+$/);
    expect(minor(versions.minimumKubernetes)).toBeLessThanOrEqual(minor(versions.kubernetes));
    expect(Math.abs(minor(versions.kubectl) - minor(versions.kubernetes))).toBeLessThanOrEqual(1);
  });

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

  test('every kubectl image of the manifests is within one minor version of the Kubernetes checked against', () => {
    const images: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.ya?ml$/.test(entry.name)) {
          images.push(
            ...[...fs.readFileSync(file, 'utf8').matchAll(/image:\s*(\S*\/kubectl:\S+)/g)].map(
              (m) => `${file}: ${m[1]}`,
            ),
          );
        }
      }
    };
    walk(path.resolve('manifests'));
    expect(images.length).toBeGreaterThan(0);
    const outside = images.filter((entry) => {
      const tag = /:v?(1\.\d+)(?:\.\d+)?$/.exec(entry)?.[1];
      return !tag || Math.abs(minor(tag) - minor(versions.kubernetes)) > 1;
    });
    expect(outside).toEqual([]);
  });

  test('the prerequisites name versions through <Version>, not numbers that go stale', () => {
    const intro = fs.readFileSync(path.resolve('docs/index.mdx'), 'utf8');
    const prerequisites = /## What you need[\s\S]*?(?=\n## |$)/.exec(intro)?.[0] ?? '';
    expect(prerequisites).toContain('<Version of="minimumKubernetes" />');
    expect(prerequisites).not.toMatch(/Kubernetes 1\.\d+/);
    expect(yaml.load(JSON.stringify(versions))).toEqual(versions);
  });
});
