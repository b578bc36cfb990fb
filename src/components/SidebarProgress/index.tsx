/** "3/8" after a chapter's name in the sidebar: sections read of all. Shown only once something is read. */
import React, { type ReactNode } from 'react';
import { useStudyChapters, useStudyState } from '@site/src/lib/browser/study';
import { chapterProgress } from '@site/src/lib/study/progress';
import styles from './styles.module.css';

export default function SidebarProgress({ permalink }: { permalink: string }): ReactNode {
  const chapter = useStudyChapters().find((entry) => entry.permalink === permalink);
  const state = useStudyState();
  if (!chapter || state.status !== 'ok') return null;
  const { read, total } = chapterProgress(chapter, state.data, 0);
  if (read === 0) return null;
  return (
    <span className={styles.badge} data-sidebar-progress={`${read}/${total}`}>
      <span aria-hidden="true">
        {read}/{total}
      </span>
      <span className="visually-hidden">
        , {read} of {total} sections read
      </span>
    </span>
  );
}
