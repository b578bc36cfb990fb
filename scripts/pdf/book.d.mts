/** Types for scripts/pdf/book.mjs (plain ESM: `npm run pdf` runs with node directly). */
export const BOOK_FILE: string;
export const PDF_DIR: string;
export function sidebarPages(html: string): string[];
export function siteRootFrom(html: string): string;
export function isChapter(route: string): boolean;
export function pdfFileName(route: string): string;
export function sectionId(route: string): string;
export function pdfLink(
  href: string,
  where: { serverRoot: string; siteRoot: string; inPdf: ReadonlySet<string> },
): string;
