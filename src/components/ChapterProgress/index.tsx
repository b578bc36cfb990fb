/**
 * The line at the top of a chapter: "N of M sections read, K cards due", a link to review them, and a way to
 * mark the chapter read. Also starts noticing the sections the reader scrolls through (once the page is idle).
 * Its height is reserved, so it never moves the page when the reader's data arrives.
 */
import React, { useEffect, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { setLast } from '@site/src/lib/study/data';
import { updateStudy, useStudyChapters, useStudyState } from '@site/src/lib/browser/study';
import { chapterProgress, readSections } from '@site/src/lib/study/progress';
import { trackReading } from '@site/src/lib/study/readTracker';
import { whenIdle } from '@site/src/lib/browser/idle';
import type { StudyChapter } from '@site/src/lib/study/chapters';
import { useNow } from '@site/src/lib/browser/useNow';
import styles from './styles.module.css';

/** The reading tracker starts once the chapter has rendered and the browser is idle (within 3 s). */
const READ_TRACKING_IDLE = { timeout: 3000, fallback: 1500 };

function useReadTracking(chapter: StudyChapter | undefined): void {
  useEffect(() => {
    if (!chapter) return undefined;
    let stop = (): void => undefined;
    const cancel = whenIdle(() => {
      const root = document.querySelector('.theme-doc-markdown');
      const end = root?.lastElementChild;
      if (!root || !end) return;
      const sections = chapter.sections.flatMap((anchor) => {
        const heading = document.getElementById(anchor);
        return heading ? [{ anchor, heading }] : [];
      });
      stop = trackReading(sections, end, {
        onRead: (anchors) => updateStudy((data) => readSections(data, chapter, anchors, Date.now())),
        onCurrent: (anchor, title) =>
          updateStudy((data) => setLast(data, chapter.permalink, anchor, Date.now(), title.replace(/\u200b/g, ''))),
      });
    }, READ_TRACKING_IDLE);
    return () => {
      cancel();
      stop();
    };
  }, [chapter]);
}

export default function ChapterProgress(): ReactNode {
  const { metadata } = useDoc();
  const chapter = useStudyChapters().find((entry) => entry.permalink === metadata.permalink);
  const state = useStudyState();
  const now = useNow();
  useReadTracking(chapter);
  if (!chapter) return null;

  let body: ReactNode;
  if (state.status === 'loading') {
    body = <span>Reading progress and self-check cards are kept on this device.</span>;
  } else if (state.status !== 'ok') {
    body = (
      <span>
        {state.status === 'corrupt'
          ? 'Your saved study data is damaged, so progress is not shown. '
          : `${state.message} `}
        <Link to="/study#your-data">Export or reset it</Link>
      </span>
    );
  } else {
    const progress = chapterProgress(chapter, state.data, now);
    const slug = chapter.permalink.replace(/^\//, '');
    body = (
      <>
        <span>
          {progress.read} of {progress.total} sections read, {progress.due} {progress.due === 1 ? 'card' : 'cards'} due
        </span>
        <Link to={`/study?chapter=${slug}`}>Review this chapter</Link>
        {progress.read < progress.total && (
          <button
            type="button"
            className={styles.button}
            onClick={() => updateStudy((data) => readSections(data, chapter, chapter.sections, Date.now()))}
          >
            Mark all sections read
          </button>
        )}
      </>
    );
  }
  return (
    <div className={styles.progress} data-study-progress={state.status}>
      {body}
    </div>
  );
}
