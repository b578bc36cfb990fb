/**
 * The graphs are computed from every manifest and every page, and the catalog plugin and every page
 * transform of a build need them: they are computed once per process and again only when a file under
 * manifests/ or docs/ changes (for `npm start`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ChapterGraph } from '../../relations/graph';
import { computeRelations } from './load';

function fingerprint(dirs: string[]): string {
  return dirs
    .flatMap((dir) =>
      fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => {
        const stat = fs.statSync(path.join(dir, file));
        return `${dir}/${file}:${stat.mtimeMs}:${stat.size}`;
      }),
    )
    .sort()
    .join('\n');
}

const cache = new Map<string, { key: string; graphs: ChapterGraph[] }>();

export function cachedRelations(manifestsDir: string, docsDir: string): ChapterGraph[] {
  const dirs = `${manifestsDir}\n${docsDir}`;
  const key = fingerprint([manifestsDir, docsDir]);
  const hit = cache.get(dirs);
  if (hit?.key === key) return hit.graphs;
  const graphs = computeRelations(manifestsDir, docsDir);
  cache.set(dirs, { key, graphs });
  return graphs;
}
