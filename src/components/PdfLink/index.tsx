/**
 * "PDF" download links at the top of a page: the chapter's own PDF on a chapter page, the whole site as
 * one PDF on the home page. The files are made by `npm run pdf` (run by `npm run build` when Chromium is
 * installed) into build/pdf/ after the service worker's precache was written: they are downloads that
 * need the network, not saved for offline reading (the whole-site PDF alone is bigger than the
 * precache's per-file limit). See DEPLOYMENT.md, "PDFs".
 */
import React, { type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { BOOK_FILE, PDF_DIR, isChapter, pdfFileName } from '../../lib/pdf/files.mjs';
import styles from './styles.module.css';

export interface PdfLinkProps {
  /** The page's permalink (with the base path), e.g. `/ch05-services`. */
  permalink: string;
}

export default function PdfLink({ permalink }: PdfLinkProps): ReactNode {
  const chapterHref = useBaseUrl(`/${PDF_DIR}/${pdfFileName(permalink)}`);
  const bookHref = useBaseUrl(`/${PDF_DIR}/${BOOK_FILE}`);
  const home = permalink.endsWith('/');
  if (!home && !isChapter(permalink)) return null;
  return (
    // Plain <a download>: a file, not a route of the app. Not printed (src/css/print.css).
    <p className={styles.pdf} data-print="hide">
      {home ? (
        <a href={bookHref} download>
          All the notes as one PDF
        </a>
      ) : (
        <a href={chapterHref} download>
          This chapter as a PDF
        </a>
      )}{' '}
      <span className={styles.note}>(for print and e-readers; downloads need the network)</span>
    </p>
  );
}
