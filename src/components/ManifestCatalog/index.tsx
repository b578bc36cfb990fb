/** The manifest catalog page: every manifest by chapter, its objects, and the sections that use it. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { CatalogChapter, CatalogRelations } from '../../lib/manifestCatalog';
import RelationList from '../RelationList';
import Diagram from '../Diagram';
import DiagramImage from '../DiagramImage';
import { useManifestEditor } from '../ManifestEditor/launcher';
import { manifestAnchor } from '../../lib/manifestAnchor';
import styles from './styles.module.css';

type CatalogEntry = CatalogChapter['entries'][number];

/** Fetches the raw file (precached, so it works offline too). */
async function fetchManifest(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  return response.text();
}

/** One file: its objects, the sections that use it, and (for a YAML object) the editor in a row below. */
function CatalogRow({ entry }: { entry: CatalogEntry }): ReactNode {
  const raw = useBaseUrl(`/manifests/${entry.file}`);
  const editor = useManifestEditor(entry.file, () => fetchManifest(raw), styles.edit);
  return (
    <>
      <tr id={manifestAnchor(entry.file)}>
        <td>
          <a href={raw} target="_blank" rel="noopener">
            <code>{entry.file.split('/').slice(1).join('/')}</code>
          </a>
          {entry.objects.length > 0 && <div className={styles.editCell}>{editor.button}</div>}
        </td>
        <td>
          {entry.objects.length === 0
            ? 'support file'
            : entry.objects.map((object) => (
                <div key={`${object.kind}/${object.name}`}>
                  {object.kind} <code>{object.name}</code> <span className={styles.api}>{object.apiVersion}</span>
                </div>
              ))}
        </td>
        <td>
          {entry.usedIn.length === 0
            ? '-'
            : entry.usedIn.map((use) => (
                <div key={use.href}>
                  <Link to={use.href}>{use.section}</Link>
                </div>
              ))}
        </td>
      </tr>
      {editor.panel && (
        <tr>
          <td colSpan={3} className={styles.editorCell}>
            {editor.panel}
          </td>
        </tr>
      )}
    </>
  );
}

function AllRelations({ relations }: { relations: CatalogRelations[] }): ReactNode {
  return (
    <section aria-labelledby="all-relations">
      <h2 id="all-relations">All relations</h2>
      <p>
        What each object names or selects, computed from the manifests at build time: one list per chapter, each
        relation with the field that makes it.
      </p>
      {relations.map((chapter) => (
        // A plain div, not a labelled section: the chapter's table above is already a region with this title.
        <div key={chapter.folder}>
          <h3 id={`relations-${chapter.folder}`}>
            {chapter.permalink ? <Link to={chapter.permalink}>{chapter.title}</Link> : chapter.title}
          </h3>
          {chapter.diagram && (
            <Diagram
              caption={`How the objects of ${chapter.title} connect, computed from its manifests; the list below links each one.`}
            >
              <DiagramImage {...chapter.diagram} />
            </Diagram>
          )}
          {chapter.items.length === 0 ? (
            <p>Its manifests do not name or select each other.</p>
          ) : (
            <RelationList items={chapter.items} />
          )}
          {chapter.warnings.length > 0 && (
            <div className="alert alert--warning" role="note">
              <ul>
                {chapter.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

export default function ManifestCatalog({
  catalog,
  relations,
}: {
  catalog: CatalogChapter[];
  relations: CatalogRelations[];
}): ReactNode {
  // Registers the row ids so `onBrokenAnchors: 'throw'` can check the links pages make to them.
  const brokenLinks = useBrokenLinks();
  catalog.forEach((chapter) =>
    chapter.entries.forEach((entry) => brokenLinks.collectAnchor(manifestAnchor(entry.file))),
  );
  const total = catalog.reduce((sum, chapter) => sum + chapter.entries.length, 0);
  return (
    <Layout
      title="Manifest catalog"
      description="Every manifest the notes run, by chapter, with the sections that use it."
    >
      <main className="container margin-vert--lg">
        <h1>Manifest catalog</h1>
        <p>
          All {total} files the notes use, by chapter. Each one is embedded in the section that runs it, and published
          as a raw file you can apply straight from this site.
        </p>
        {catalog.map((chapter) => (
          <section key={chapter.folder} aria-labelledby={`chapter-${chapter.folder}`}>
            <h2 id={`chapter-${chapter.folder}`}>
              {chapter.permalink ? <Link to={chapter.permalink}>{chapter.title}</Link> : chapter.title}
            </h2>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Objects</th>
                    <th scope="col">Used in</th>
                  </tr>
                </thead>
                <tbody>
                  {chapter.entries.map((entry) => (
                    <CatalogRow key={entry.file} entry={entry} />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
        <AllRelations relations={relations} />
      </main>
    </Layout>
  );
}
