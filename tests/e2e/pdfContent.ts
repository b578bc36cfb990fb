/**
 * What a PDF of the site says, read with poppler's pdftotext, against what the sources say it must hold:
 * the self-check cards (src/lib/cards.ts) and the folded support files (the content model's embeds).
 * Text is compared without whitespace and hyphens: the PDF wraps lines (pdftotext joins a line that
 * ends in a hyphen to the next and drops the hyphen), and the sources and the page space words
 * differently around inline code.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadPages } from '../../src/lib/build/content';
import { extractCards, type CardEntry } from '../../src/lib/build/cards';

/** The text of a PDF, squashed. */
export function pdfText(file: string): string {
  return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

/** Text without whitespace and hyphens, to compare. */
export function squash(text: string): string {
  return text.replace(/[\s\u00ad\u2010-]+/g, '');
}

/** Every self-check card of the chapters, in reading order. */
export function sourceCards(docsDir = 'docs'): CardEntry[] {
  return loadPages(path.resolve(docsDir)).flatMap(
    (page) => extractCards(page.tree, { permalink: page.permalink, file: page.relativePath }).cards,
  );
}

export interface FoldedFile {
  /** Path under manifests/. */
  file: string;
  /** Route of the page that embeds it folded. */
  page: string;
  /** A line of the file to look for: its longest. */
  line: string;
}

/** Every file a page embeds folded (`<Manifest collapsed />`), with a line of it to look for. */
export function foldedFiles(docsDir = 'docs', manifestsDir = 'manifests'): FoldedFile[] {
  return loadPages(path.resolve(docsDir)).flatMap((page) =>
    page.embeds
      .filter((embed) => embed.collapsed)
      .map((embed) => {
        const lines = fs.readFileSync(path.join(manifestsDir, embed.file), 'utf8').split('\n');
        const line = lines.reduce((longest, next) => (next.trim().length > longest.length ? next.trim() : longest), '');
        return { file: embed.file, page: page.permalink, line };
      }),
  );
}

/**
 * Whether the printed card shows its answer: the answer's text follows the card's question, before the
 * next card's label ("Self-check", upper-cased by the card's style).
 */
export function showsAnswer(text: string, card: CardEntry): boolean {
  const question = squash(card.question);
  const start = text.indexOf(question);
  if (start < 0) return false;
  const next = text.indexOf('SELFCHECK', start + question.length);
  return text.slice(start + question.length, next < 0 ? undefined : next).includes(squash(card.answer));
}

/**
 * Whether the printed embed shows the file's text: its line follows the code block's title
 * (`manifests/<file>`), which is part of the folded content too, within the length of the file.
 */
export function showsFile(text: string, folded: FoldedFile, manifestsDir = 'manifests'): boolean {
  const title = squash(`manifests/${folded.file}`);
  const size = fs.readFileSync(path.join(manifestsDir, folded.file), 'utf8').length;
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) {
    // Line numbers and page headers come in between: twice the file's size is room enough.
    if (text.slice(at, at + title.length + 2 * size + 200).includes(squash(folded.line))) return true;
  }
  return false;
}
