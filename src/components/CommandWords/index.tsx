/**
 * The explanations of a page's command words, each once, at the end of its content: a collapsed list that
 * the words link to (`<a href="#kx3">`, put in the code by src/remark/codeBlocks), so that without
 * JavaScript a word still leads to what it means. With JavaScript, popover.ts shows an entry beside its word
 * instead (loaded on first use by src/clientModules/commandWords.ts). The entries come from the build
 * (src/lib/kubectl/explain.ts); this component only lays them out, one element per entry and its link.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { GlossaryEntry } from '@site/src/lib/kubectl/glossary';
import styles from './styles.module.css';

export interface Props {
  /** The page's entries as JSON (an MDX attribute is a string). */
  entries: string | GlossaryEntry[];
  /** The summary line. */
  label?: string;
}

export function Entry({ entry }: { entry: GlossaryEntry }): ReactNode {
  const facts = entry.facts?.length ? `\n${entry.facts.join(' · ')}` : '';
  return (
    <li id={entry.id} className={styles.entry} data-outdated={entry.outdated}>
      {entry.word} · {entry.role}
      {`\n${entry.text}${facts}`}
      {entry.link && (
        <>
          {'\n'}
          <Link to={entry.link.href}>{entry.link.label}</Link>
        </>
      )}
    </li>
  );
}

export default function CommandWords({ entries, label }: Props): ReactNode {
  const list: GlossaryEntry[] = typeof entries === 'string' ? (JSON.parse(entries) as GlossaryEntry[]) : entries;
  // The words of inline commands are links (`<a href="#kx3">` through the theme's Link), which the build's
  // broken-anchor check follows: the entries are their anchors.
  const brokenLinks = useBrokenLinks();
  for (const entry of list) brokenLinks.collectAnchor(entry.id);
  return (
    <details className={styles.words} data-pagefind-ignore="all" data-command-words="">
      <summary>{label ?? 'The words of this page’s kubectl commands, explained'}</summary>
      <ol className={styles.list}>
        {list.map((entry) => (
          <Entry key={entry.id} entry={entry} />
        ))}
      </ol>
    </details>
  );
}
