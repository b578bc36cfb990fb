/**
 * The grouping of the changes page's entries (src/lib/changes.ts makes them at build time): by version, newest
 * first, or by chapter. Pure: the page's component (src/components/ChangesPage) runs it in the browser too.
 */

export type ChangeKind = 'changed' | 'correction';

export interface ChangeEntry {
  kind: ChangeKind;
  /** The admonition's title without the version part: `Endpoints is deprecated in favour of EndpointSlice`. */
  title: string;
  /** `Kubernetes`, `kubectl` or `minikube`; absent for a correction. */
  tool?: string;
  /** `1.33` (or `1.9.1`, as the title says); absent for a correction. */
  version?: string;
  /** The chapter: its number, title and page. */
  chapter: number;
  chapterTitle: string;
  /** Link to the section the admonition sits in: `/ch05-services#get-endpoints`. */
  href: string;
  /** `docs/ch05-services.mdx:112`, for error messages. */
  source: string;
}

export interface ChangeGroup {
  /** Anchor of the group's heading: `kubernetes-1-33`, `chapter-5`. */
  id: string;
  heading: string;
  entries: ChangeEntry[];
}

const minorOf = (version: string): number => Number(version.split('.')[1]);
const majorOf = (version: string): number => Number(version.split('.')[0]);

/** kubectl is released with Kubernetes, so its versions group with Kubernetes'; minikube has its own. */
function versionGroup(entry: ChangeEntry): { key: string; heading: string; rank: number } {
  // Grouped by minor: kubectl 1.9.1 is with Kubernetes 1.9.
  const version = (entry.version ?? '0.0').split('.').slice(0, 2).join('.');
  if (entry.tool === 'minikube') {
    return {
      key: `minikube-${version}`,
      heading: `minikube ${version}`,
      rank: -1e6 + majorOf(version) * 1000 + minorOf(version),
    };
  }
  return {
    key: `kubernetes-${version}`,
    heading: `Kubernetes ${version}`,
    rank: majorOf(version) * 1000 + minorOf(version),
  };
}

const slug = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Groups by Kubernetes version, newest first; then minikube versions, newest first; corrections last. */
export function byVersion(entries: readonly ChangeEntry[]): ChangeGroup[] {
  const groups = new Map<string, { heading: string; rank: number; entries: ChangeEntry[] }>();
  for (const entry of entries.filter((candidate) => candidate.kind === 'changed')) {
    const { key, heading, rank } = versionGroup(entry);
    const group = groups.get(key) ?? { heading, rank, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const versioned = [...groups.entries()]
    .sort(([, a], [, b]) => b.rank - a.rank)
    .map(([key, group]) => ({ id: slug(key), heading: group.heading, entries: group.entries }));
  const corrections = entries.filter((entry) => entry.kind === 'correction');
  return corrections.length > 0
    ? [...versioned, { id: 'corrections', heading: 'Corrections to the notes', entries: corrections }]
    : versioned;
}

/** Groups by chapter, in book order; within a chapter, in page order. */
export function byChapter(entries: readonly ChangeEntry[]): ChangeGroup[] {
  const chapters = [...new Set(entries.map((entry) => entry.chapter))].sort((a, b) => a - b);
  return chapters.map((chapter) => {
    const inChapter = entries.filter((entry) => entry.chapter === chapter);
    return {
      id: `chapter-${chapter}`,
      heading: `Chapter ${chapter}: ${inChapter[0]?.chapterTitle ?? ''}`,
      entries: inChapter,
    };
  });
}
