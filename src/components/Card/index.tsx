/**
 * A self-check card of the notes: the question as the summary of a `<details>`, the short answer inside. Plain
 * HTML, so it works without JavaScript and search indexes it; /study schedules the same cards for review
 * (collected at build time by src/plugins/cards).
 */
import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

export interface CardProps {
  /** Stable id (`ch05-headless-dns`): the reader's review history is kept under it. */
  id: string;
  question: string;
  /** `command`: the answer is a kubectl command, which /study asks the reader to type. */
  kind?: 'command';
  /** The short answer. */
  children: ReactNode;
}

export default function Card({ id, question, kind, children }: CardProps): ReactNode {
  return (
    <details className={styles.card} id={`card-${id}`} data-card-id={id}>
      <summary className={styles.question}>
        <span className={styles.kind}>{kind === 'command' ? 'Command' : 'Self-check'}</span> {question}
      </summary>
      <div className={styles.answer}>{children}</div>
    </details>
  );
}
