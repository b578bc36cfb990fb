/**
 * The home page's "what to do next" panel: where the reader left off, the cards due today, the chapters not
 * started. A first-time reader gets the same three lines pointing at the start. The panel has the same
 * structure before and after the reader's data loads, so nothing below it moves.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useStudyChapters, useStudyState } from '@site/src/lib/browser/study';
import { chapterProgress } from '@site/src/lib/study/progress';
import { useNow } from '@site/src/lib/browser/useNow';
import styles from './styles.module.css';

function Row({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <li className={styles.row}>
      <strong className={styles.label}>{label}</strong> <span>{children}</span>
    </li>
  );
}

export default function StudyNext(): ReactNode {
  const chapters = useStudyChapters();
  const state = useStudyState();
  const now = useNow();
  const first = chapters[0];
  let rows: ReactNode;
  if (state.status === 'loading') {
    rows = (
      <>
        <Row label="Continue:">start with the first chapter, after this introduction.</Row>
        <Row label="Cards due today:">
          none yet; a section&apos;s self-check cards join your reviews as you read it.
        </Row>
        <Row label="Chapters not started:">all of them.</Row>
      </>
    );
  } else if (state.status !== 'ok') {
    rows = (
      <>
        <Row label="Your study data:">
          {state.status === 'corrupt' ? 'it is damaged and cannot be read. ' : `${state.message} `}
          <Link to="/study#your-data">Export what is readable, or reset it</Link>.
        </Row>
        <Row label="Continue:">{first ? <Link to={first.permalink}>{first.label}</Link> : 'the first chapter'}</Row>
        <Row label="Reading:">works as always; only progress and reviews are unavailable.</Row>
      </>
    );
  } else {
    const { data } = state;
    const progress = chapters.map((chapter) => ({ chapter, ...chapterProgress(chapter, data, now) }));
    const due = progress.reduce((sum, entry) => sum + entry.due, 0);
    const notStarted = progress.filter((entry) => entry.read === 0).map((entry) => entry.chapter);
    const last = data.last;
    const lastChapter = last && chapters.find((chapter) => chapter.permalink === last.page);
    rows = (
      <>
        <Row label="Continue:">
          {last && lastChapter ? (
            <Link to={`${last.page}#${last.anchor}`}>
              {lastChapter.label}
              {last.title ? `: ${last.title}` : ''}
            </Link>
          ) : first ? (
            <>
              start with <Link to={first.permalink}>{first.label}</Link>, after this introduction.
            </>
          ) : (
            'start with the first chapter.'
          )}
        </Row>
        <Row label="Cards due today:">
          {due > 0 ? (
            <Link to="/study">
              {due} {due === 1 ? 'card' : 'cards'} to review
            </Link>
          ) : (
            "none; a section's self-check cards join your reviews as you read it."
          )}
        </Row>
        <Row label="Chapters not started:">
          {notStarted.length === 0
            ? 'none: you have started every chapter.'
            : notStarted.length === chapters.length
              ? 'all of them.'
              : notStarted.map((chapter, index) => (
                  <React.Fragment key={chapter.permalink}>
                    {index > 0 && ', '}
                    <Link to={chapter.permalink}>{chapter.label}</Link>
                  </React.Fragment>
                ))}
        </Row>
      </>
    );
  }
  return (
    // An island: on a first visit the home page's content is static HTML, and src/theme/MDXContent renders
    // this panel into this element (see ISLANDS there).
    <div data-island="StudyNext">
      <section className={styles.panel} aria-labelledby="study-next-title" data-study-next={state.status}>
        <p id="study-next-title" className={styles.title}>
          What to do next
        </p>
        <ul className={styles.rows}>{rows}</ul>
      </section>
    </div>
  );
}
