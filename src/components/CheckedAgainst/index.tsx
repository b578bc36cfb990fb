/**
 * One quiet line on the home page and each chapter: the Kubernetes release the notes were checked against,
 * the supported window and the day, all from src/data/versions.json (src/lib/checkedAgainst.ts). Rendered at
 * build time into the static HTML; nothing is computed in the browser.
 */
import React, { type ReactNode } from 'react';
import versions from '@site/src/data/versions.json';
import { readableDate, supportedWindow } from '../../lib/checkedAgainst';
import { isChapter } from '../../lib/pdf/files.mjs';
import styles from './styles.module.css';

export default function CheckedAgainst({ permalink }: { permalink: string }): ReactNode {
  if (!permalink.endsWith('/') && !isChapter(permalink)) return null;
  return (
    <p className={styles.checked} data-checked-against>
      Checked against Kubernetes {versions.kubernetes} (supported: {supportedWindow()}) on{' '}
      <time dateTime={versions.checked}>{readableDate(versions.checked)}</time>
    </p>
  );
}
