/**
 * One card under review: the question, the answer once revealed (Space, or the button), and the four ratings
 * (keys 1-4) with the interval each would schedule.
 */
import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { CardRecord, Rating } from '@site/src/lib/study/data';
import type { StudyCard } from '@site/src/lib/study/chapters';
import { formatInterval, previewIntervals, RATING_LABELS } from '@site/src/lib/study/scheduler';
import TypedCommand, { Verdict, type TypedVerdict } from './TypedCommand';
import styles from './styles.module.css';

const RATINGS: Rating[] = [1, 2, 3, 4];

/** Keys typed into a form control belong to it. */
function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
}

export interface ReviewProps {
  card: StudyCard;
  record: CardRecord | undefined;
  chapterLabel: string;
  now: number;
  onRate(rating: Rating): void;
}

export default function Review({ card, record, chapterLabel, now, onRate }: ReviewProps): ReactNode {
  const [revealed, setRevealed] = useState(false);
  const [verdict, setVerdict] = useState<TypedVerdict>();
  const revealButton = useRef<HTMLButtonElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  const intervals = previewIntervals(record, now);

  // Each card mounts anew (StudyApp keys it by id): it starts hidden, with the focus on "Show answer".
  useEffect(() => {
    // A command card focuses its answer box instead (TypedCommand).
    if (card.command === undefined) revealButton.current?.focus({ preventScroll: true });
  }, [card.command]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingInField(event.target)) return;
      if (event.key === ' ' && !revealed) {
        // A focused button already reacts to Space by itself.
        if (event.target instanceof HTMLButtonElement) return;
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        onRate(Number(event.key) as Rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed, onRate]);

  useEffect(() => {
    if (revealed) answer.current?.focus({ preventScroll: true });
  }, [revealed]);

  return (
    <article className={styles.card} aria-labelledby="review-question">
      <p className={styles.source}>
        <Link to={`${card.page}${card.anchor ? `#${card.anchor}` : ''}`}>
          {chapterLabel}: {card.section}
        </Link>
      </p>
      <h2 id="review-question" className={styles.question}>
        {card.question}
      </h2>
      {revealed ? (
        <>
          {verdict && <Verdict verdict={verdict} />}
          <div className={styles.answer} ref={answer} tabIndex={-1} data-review-answer="">
            {card.command === undefined ? card.answer : <code>{card.command}</code>}
          </div>
          <div className={styles.ratings} role="group" aria-label="How well did you remember?">
            {RATINGS.map((rating) => (
              <button
                key={rating}
                type="button"
                className={styles.rating}
                onClick={() => onRate(rating)}
                aria-keyshortcuts={String(rating)}
                data-rating={rating}
              >
                <span className={styles.key} aria-hidden="true">
                  {rating}
                </span>{' '}
                {RATING_LABELS[rating]} <span className={styles.interval}>· {formatInterval(intervals[rating])}</span>
              </button>
            ))}
          </div>
        </>
      ) : (
        <>
          {card.command !== undefined && (
            <TypedCommand
              answer={card.command}
              onChecked={(checked) => {
                setVerdict(checked);
                setRevealed(true);
              }}
            />
          )}
          <button
            type="button"
            ref={revealButton}
            className={styles.reveal}
            onClick={() => setRevealed(true)}
            aria-keyshortcuts="Space"
          >
            Show answer <span className={styles.keyHint}>(Space)</span>
          </button>
        </>
      )}
    </article>
  );
}
