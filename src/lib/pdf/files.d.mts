/** Types for src/lib/pdf/files.mjs (plain ESM: `npm run pdf` runs with node directly). */
export const BOOK_FILE: string;
export const PDF_DIR: string;
export function isChapter(route: string): boolean;
export function pdfFileName(route: string): string;
