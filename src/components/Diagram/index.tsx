/**
 * A figure of the notes redrawn as Mermaid: the diagram plus a visible caption. The caption is the text
 * alternative readers without JavaScript, screen readers and search all get; the Mermaid source carries
 * accTitle/accDescr for the SVG itself.
 */
import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

export interface DiagramProps {
  /** What the figure shows, in a sentence or two. */
  caption: string;
  /** The ```mermaid block (or a table). */
  children: ReactNode;
}

export default function Diagram({ caption, children }: DiagramProps): ReactNode {
  return (
    <figure className={styles.figure}>
      {/* Focusable so keyboard users can scroll a wide diagram or table sideways. */}
      <div className={styles.scroll} tabIndex={0} role="group" aria-label={caption}>
        {children}
      </div>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}
