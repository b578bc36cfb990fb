/**
 * "What changed since the book" (/changes): one line per `:::changed` and `:::correction` of the chapters, each
 * with its version and a link to its section. The entries come from the changes plugin at build time, so the
 * default grouping (by Kubernetes version, newest first) is in the static HTML and reads without JavaScript;
 * the switch to group by chapter works once the page's script runs.
 */
import React, { useState, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { byChapter, byVersion, type ChangeEntry, type ChangeGroup } from '../../lib/changeGroups';
import TextWithCode from '../TextWithCode';
import styles from './styles.module.css';

type Grouping = 'version' | 'chapter';

function Entry({ entry, grouping }: { entry: ChangeEntry; grouping: Grouping }): ReactNode {
  const version = entry.kind === 'correction' ? 'Correction' : `${entry.tool} ${entry.version}`;
  return (
    <li className={styles.entry}>
      <span className={entry.kind === 'correction' ? styles.correction : styles.version}>{version}</span>{' '}
      <Link to={entry.href}>
        <TextWithCode text={entry.title} />
      </Link>
      {grouping === 'version' && <span className={styles.chapter}> (chapter {entry.chapter})</span>}
    </li>
  );
}

function Groups({ groups, grouping }: { groups: ChangeGroup[]; grouping: Grouping }): ReactNode {
  return groups.map((group) => (
    <section key={group.id} aria-labelledby={group.id}>
      <h2 id={group.id}>{group.heading}</h2>
      <ul className={styles.list}>
        {group.entries.map((entry) => (
          <Entry key={`${entry.source}`} entry={entry} grouping={grouping} />
        ))}
      </ul>
    </section>
  ));
}

export default function ChangesPage({ entries }: { entries: ChangeEntry[] }): ReactNode {
  const isBrowser = useIsBrowser();
  const [grouping, setGrouping] = useState<Grouping>('version');
  const versionGroups = byVersion(entries);
  const chapterGroups = byChapter(entries);
  // Registers the group ids so `onBrokenAnchors: 'throw'` can check links to them.
  const brokenLinks = useBrokenLinks();
  [...versionGroups, ...chapterGroups].forEach((group) => brokenLinks.collectAnchor(group.id));
  const changed = entries.filter((entry) => entry.kind === 'changed').length;
  const corrections = entries.length - changed;

  return (
    <Layout
      title="What changed since the book"
      description="Every change in Kubernetes, kubectl and minikube since the book that the notes flag, by version or by chapter, and every correction to the notes."
    >
      <main className="container margin-vert--lg">
        <article>
          <h1>What changed since the book</h1>
          <p>
            The {changed} places where the notes flag that Kubernetes, kubectl or minikube changed since the book was
            written, and the {corrections} corrections of mistakes in the notes, each linked to its section. The list is
            built from the chapters themselves.
          </p>
          <fieldset className={styles.switch} data-print="hide">
            <legend className={styles.legend}>Group by</legend>
            {(['version', 'chapter'] as const).map((value) => (
              <label key={value} className={styles.option}>
                <input
                  type="radio"
                  name="changes-grouping"
                  value={value}
                  checked={grouping === value}
                  onChange={() => setGrouping(value)}
                  // Before hydration the list is grouped by version and the switch cannot work yet.
                  disabled={!isBrowser}
                />{' '}
                {value === 'version' ? 'Version, newest first' : 'Chapter'}
              </label>
            ))}
          </fieldset>
          <Groups groups={grouping === 'version' ? versionGroups : chapterGroups} grouping={grouping} />
        </article>
      </main>
    </Layout>
  );
}
