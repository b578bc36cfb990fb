/**
 * Names of the PDFs (pure, plain ESM: `npm run pdf` runs with node directly): where they are in the build
 * and what each is called. Read by scripts/pdf/ (which makes them) and the PdfLink component (which links them).
 */

/** File name of the PDF of the whole site. */
export const BOOK_FILE = 'kia-notes.pdf';
/** Folder of the PDFs inside the build. */
export const PDF_DIR = 'pdf';

/** A book chapter page (`/ch05-services`, `/kia/ch05-services`), as opposed to the intro and references. */
export function isChapter(route) {
  return /\/ch\d{2}-[^/]+$/.test(route);
}

/**
 * PDF file name of a page: its last path segment (`ch05-services.pdf`), `index.pdf` for the home page
 * (the only route ending in `/` with `trailingSlash: false`).
 */
export function pdfFileName(route) {
  return route.endsWith('/') ? 'index.pdf' : `${route.split('/').pop()}.pdf`;
}
