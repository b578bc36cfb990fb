/**
 * The graphs are computed from every manifest and every page, but each page transform needs them: they
 * are computed once and again only when a file under manifests/ or docs/ changes (for `npm start`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeRelations, type ChapterGraph } from '../../lib/relations';

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

export function relationCache(manifestsDir: string, docsDir: string): () => ChapterGraph[] {
  let key: string | undefined;
  let graphs: ChapterGraph[] = [];
  return () => {
    const current = fingerprint([manifestsDir, docsDir]);
    if (current !== key) {
      graphs = computeRelations(manifestsDir, docsDir);
      key = current;
    }
    return graphs;
  };
}
