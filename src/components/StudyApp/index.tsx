/**
 * /study: the cards due now, across chapters or in one, one at a time; each chapter's progress with a way to
 * learn its cards; and the reader's data (export, import, reset). Only this page loads the cards' text and
 * the scheduler.
 */
import React, { memo, useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import cards from '@generated/kia-cards/default/cards.json';
import { addCards, type Rating, type StudyData } from '@site/src/lib/study/data';
import { dueIds, recordReview } from '@site/src/lib/study/review';
import { updateStudy, useStudyChapters, useStudyState } from '@site/src/lib/browser/study';
import { chapterProgress } from '@site/src/lib/study/progress';
import { formatInterval, rate, RATING_LABELS } from '@site/src/lib/study/scheduler';
import { useNow } from '@site/src/lib/browser/useNow';
import YourData from '@site/src/components/StudyData';
import Review from './Review';
import styles from './styles.module.css';

const byId = new Map(cards.map((card) => [card.id, card]));

/**
 * The table and the data section re-render after the next card is shown, not before it: they get the
 * study data as a deferred value (React renders the card first, then them, in a transition), and are
 * memoized, so a rating's urgent render skips them. A rating shows the next card within a frame or two at
 * 4x CPU slowdown instead of waiting for every chapter's progress to be counted again.
 */
const ChapterTable = memo(function ChapterTable({
  data,
  now,
  onLearn,
}: {
  data: StudyData;
  now: number;
  onLearn(page: string): void;
}): ReactNode {
  const chapters = useStudyChapters();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>Your progress by chapter</caption>
      <thead>
        <tr>
          <th scope="col">Chapter</th>
          <th scope="col">Sections read</th>
          <th scope="col">Cards due</th>
          <th scope="col">Cards not yet learned</th>
        </tr>
      </thead>
      <tbody>
        {chapters.map((chapter) => {
          const progress = chapterProgress(chapter, data, now);
          return (
            <tr key={chapter.permalink}>
              <th scope="row">
                <Link to={chapter.permalink}>{chapter.label}</Link>
              </th>
              <td>
                {progress.read} of {progress.total}
              </td>
              <td>{progress.due}</td>
              <td>
                {progress.unseen}
                {progress.unseen > 0 && (
                  <button type="button" className={styles.small} onClick={() => onLearn(chapter.permalink)}>
                    Learn<span className="visually-hidden"> {chapter.label}</span>
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
const DataSection = memo(YourData);

export default function StudyApp(): ReactNode {
  const state = useStudyState();
  const chapters = useStudyChapters();
  const clock = useNow(15_000);
  // The clock ticks every 15 s; cards added or rated since are due by the time of that action, not the tick
  // before it (Learn would otherwise say "next due in <1m" instead of starting the review).
  const [actedAt, setActedAt] = useState(0);
  const now = Math.max(clock, actedAt);
  const location = useLocation();
  const history = useHistory();
  const [message, setMessage] = useState('');
  const slug = new URLSearchParams(location.search).get('chapter') ?? '';
  const chapter = chapters.find((entry) => entry.permalink === `/${slug}`);
  const labelOf = useMemo(() => new Map(chapters.map((entry) => [entry.permalink, entry.label])), [chapters]);

  const chooseChapter = (value: string) => {
    history.replace({ search: value ? `?chapter=${value.replace(/^\//, '')}` : '' });
  };

  const learn = useCallback(
    (page: string) => {
      const ids = chapters.find((entry) => entry.permalink === page)?.cards.map(([id]) => id) ?? [];
      const at = Date.now();
      const result = updateStudy((data) => addCards(data, ids, at));
      setActedAt(at);
      setMessage(result.status === 'ok' ? `Added the cards of ${labelOf.get(page) ?? page} to your reviews.` : '');
    },
    [chapters, labelOf],
  );

  const deferred = useDeferredValue(state);
  const deferredNow = useDeferredValue(now);

  const onRate = useCallback((id: string, rating: Rating) => {
    const at = Date.now();
    let next: number | undefined;
    updateStudy((data) => {
      const scheduled = rate(data.cards[id], rating, at);
      next = scheduled.due;
      return recordReview(data, id, rating, scheduled, at);
    });
    setActedAt(at);
    if (next !== undefined) setMessage(`${RATING_LABELS[rating]}: next review in ${formatInterval(next - at)}.`);
  }, []);

  if (state.status === 'loading') {
    return <p className={styles.placeholder}>Your reviews appear here.</p>;
  }
  // Until the reader's data first arrives the deferred state is still `loading`: then the current one is
  // used, so that the table and data section come with the first card, in the same frame (nothing moves).
  const lagging = deferred.status === 'loading' ? state : deferred;

  const known = (chapter ? chapter.cards.map(([id]) => id) : cards.map((card) => card.id)).filter((id) => byId.has(id));
  const data = state.status === 'ok' ? state.data : undefined;
  const due = data ? dueIds(data, known, now) : [];
  const current = due[0] ? byId.get(due[0]) : undefined;
  const upcoming = data
    ? known
        .map((id) => data.cards[id]?.due)
        .filter((at): at is number => at !== undefined && at > now)
        .sort((a, b) => a - b)[0]
    : undefined;

  return (
    <>
      <div className={styles.toolbar}>
        <label htmlFor="study-chapter">Cards from</label>
        <select
          id="study-chapter"
          value={chapter?.permalink ?? ''}
          onChange={(event) => chooseChapter(event.target.value)}
        >
          <option value="">all chapters</option>
          {chapters.map((entry) => (
            <option key={entry.permalink} value={entry.permalink}>
              {entry.label}
            </option>
          ))}
        </select>
        {chapter && data && (
          <button type="button" className={styles.small} onClick={() => learn(chapter.permalink)}>
            Learn this chapter
          </button>
        )}
      </div>
      <p className={styles.status} role="status">
        {message}
      </p>
      {data ? (
        <>
          <p className={styles.count} data-due-count={due.length}>
            {due.length === 0
              ? 'No cards due now.'
              : `${due.length} ${due.length === 1 ? 'card' : 'cards'} due${chapter ? ` in ${chapter.label}` : ''}.`}
            {due.length === 0 && upcoming !== undefined && ` The next is due in ${formatInterval(upcoming - now)}.`}
          </p>
          {current ? (
            <Review
              // A new card is a new review: hidden from its first frame, so a Space pressed at once reveals it.
              key={current.id}
              card={current}
              record={data.cards[current.id]}
              chapterLabel={labelOf.get(current.page) ?? current.page}
              now={now}
              onRate={(rating) => onRate(current.id, rating)}
            />
          ) : (
            <p>
              Cards join your reviews as you read the sections they test, or all at once with <em>Learn</em> below.
            </p>
          )}
          <ChapterTable data={lagging.status === 'ok' ? lagging.data : data} now={deferredNow} onLearn={learn} />
        </>
      ) : (
        <p>Reviews are unavailable until your study data can be read again: see below.</p>
      )}
      <DataSection state={lagging} />
    </>
  );
}
