/**
 * A version of today, from the one file that names them (src/data/versions.json): the Kubernetes,
 * kubectl and minikube versions the site is checked against, and the oldest Kubernetes its manifests
 * run on. Pages write `<Version of="kubernetes" />` instead of a number that would go stale.
 */
import type { ReactNode } from 'react';
import versions from '@site/src/data/versions.json';

export type VersionName = keyof typeof versions;

export default function Version({ of }: { of: VersionName }): ReactNode {
  return versions[of];
}
