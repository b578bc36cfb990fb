/** The manifest catalog page: every manifest by chapter, its objects, and the sections that use it. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { CatalogChapter } from '../../plugins/manifests';
import { manifestAnchor } from '../../lib/manifestAnchor';
import styles from './styles.module.css';

export default function ManifestCatalog({ catalog }: { catalog: CatalogChapter[] }): ReactNode {
  // Registers the row ids so `onBrokenAnchors: 'throw'` can check the links pages make to them.
  const brokenLinks = useBrokenLinks();
  catalog.forEach((chapter) =>
    chapter.entries.forEach((entry) => brokenLinks.collectAnchor(manifestAnchor(entry.file))),
  );
  // Raw files are not routes: plain links, under the site's base path.
  const manifestsBase = useBaseUrl('/manifests/');
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
                    <tr key={entry.file} id={manifestAnchor(entry.file)}>
                      <td>
                        <a href={`${manifestsBase}${entry.file}`} target="_blank" rel="noopener">
                          <code>{entry.file.split('/').slice(1).join('/')}</code>
                        </a>
                      </td>
                      <td>
                        {entry.objects.length === 0
                          ? 'support file'
                          : entry.objects.map((object) => (
                              <div key={`${object.kind}/${object.name}`}>
                                {object.kind} <code>{object.name}</code>{' '}
                                <span className={styles.api}>{object.apiVersion}</span>
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
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </main>
    </Layout>
  );
}
