/**
 * Nothing of the notes is lost: every heading and every command line of the original notes is on the
 * built page of its chapter, and every prose paragraph's words are there. Failures list exactly what is
 * missing, with the notes' line numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadPages } from '../../src/lib/content';
import { readNotes, type NotesItem } from './notes';
import { builtPageFile, readBuiltPage, type BuiltPage } from './html';

interface Correction {
  line: number;
  original: string;
  corrected: string;
  erratum: string;
}

const buildDir = path.resolve('build');
const notes = readNotes();
const docs = loadPages(path.resolve('docs'));
const errata = JSON.parse(fs.readFileSync('tests/fixtures/errata.json', 'utf8')) as Record<string, string>;
const correctionsDir = path.resolve('tests/content/command-corrections');
const corrections: Correction[] = fs
  .readdirSync(correctionsDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => JSON.parse(fs.readFileSync(path.join(correctionsDir, file), 'utf8')) as Correction[]);

const pages = new Map<number, BuiltPage>();
function pageOf(chapter: number): BuiltPage {
  const cached = pages.get(chapter);
  if (cached) return cached;
  const prefix = `ch${String(chapter).padStart(2, '0')}-`;
  const doc =
    chapter === 0 ? docs.find((d) => d.permalink === '/') : docs.find((d) => d.relativePath.startsWith(prefix));
  if (!doc) throw new Error(`No page in docs/ for chapter ${chapter} (expected docs/${prefix}*.mdx)`);
  const page = readBuiltPage(builtPageFile(buildDir, doc.permalink));
  pages.set(chapter, page);
  return page;
}

const normalizeHeading = (text: string) =>
  text
    .replace(/[“”]/g, '"')
    .replace(/^[^a-z0-9]+|[^a-z0-9")]+$/gi, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Whitespace collapsed, and the notes' `k` alias read as `kubectl` (the site may spell it out). */
const normalizeCommand = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/^k /, 'kubectl ');

/** Misspelt words of the notes that the site fixes silently ([TYPO] errata): compared in their fixed form. */
const TYPO_FIXES: Record<string, string> = {
  sucessfull: 'successful', // E18
  directoy: 'directory', // E20
  illistrates: 'illustrates', // E26
  geeting: 'greeting', // E77
  clutered: 'clustered', // E75
  stes: 'statefulsets', // E71
  susceptable: 'susceptible',
};

const where = (item: NotesItem) => `L${item.line} (chapter ${item.chapter || 'intro'})`;
const summary: string[] = [];
afterAll(() => console.log(`\nNotes fidelity: ${summary.join(', ')}`));

describe('fidelity to the notes', () => {
  test('the notes have 69 headings and 88 kubectl command lines (fixture sanity)', () => {
    expect(notes.headings).toHaveLength(69);
    expect(notes.codeLines.filter((line) => line.kubectl)).toHaveLength(88);
  });

  test('every heading of the notes is on its page', () => {
    const missing = notes.headings.filter((heading) => {
      const page = pageOf(heading.chapter);
      const wanted = normalizeHeading(heading.text);
      // The notes' top heading and chapter headings are shown in the notes-heading line under the page title.
      if (heading.level <= 3) return !normalizeHeading(page.text).includes(wanted);
      return !page.headings.some((text) => normalizeHeading(text) === wanted);
    });
    summary.push(`${notes.headings.length - missing.length}/${notes.headings.length} headings`);
    expect(missing.map((heading) => `${where(heading)}: ${heading.text}`)).toEqual([]);
  });

  test('every correction names a real erratum and its original notes line', () => {
    const notesLines = fs.readFileSync('tests/fixtures/notes.md', 'utf8').split('\n');
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    // The original is the whole code line, or the part of a prose line that was an inline command.
    const wrong = corrections.filter(
      (correction) =>
        !errata[correction.erratum] ||
        !collapse(notesLines[correction.line - 1] ?? '').includes(collapse(correction.original)),
    );
    expect(wrong).toEqual([]);
  });

  test('every command line of the notes is on its page (as written, or as corrected)', () => {
    const missing = notes.codeLines.filter((codeLine) => {
      const lines = new Set(pageOf(codeLine.chapter).codeLines.map(normalizeCommand));
      if (lines.has(normalizeCommand(codeLine.text))) return false;
      const correction = corrections.find((candidate) => candidate.line === codeLine.line);
      return !correction || !lines.has(normalizeCommand(correction.corrected));
    });
    const kubectl = notes.codeLines.filter((line) => line.kubectl);
    const kubectlMissing = missing.filter((line) => line.kubectl);
    summary.push(`${kubectl.length - kubectlMissing.length}/${kubectl.length} kubectl command lines`);
    summary.push(`${notes.codeLines.length - missing.length}/${notes.codeLines.length} code lines`);
    expect(missing.map((line) => `${where(line)}: ${line.text}`)).toEqual([]);
  });

  test('every prose paragraph of the notes is on its page', () => {
    const words = (text: string) =>
      new Set((text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []).map((word) => TYPO_FIXES[word] ?? word));
    const missing = notes.paragraphs.filter((paragraph) => {
      // The notes' raw HTML (<br>, <b>) is markup, not words; the page text is already plain.
      const wanted = [...words(paragraph.text.replace(/<\/?(br|b|u)\s*\/?>/gi, ' '))];
      if (wanted.length === 0) return false;
      const present = words(pageOf(paragraph.chapter).text);
      const found = wanted.filter((word) => present.has(word)).length;
      return found / wanted.length < 0.8;
    });
    summary.push(`${notes.paragraphs.length - missing.length}/${notes.paragraphs.length} paragraphs`);
    expect(missing.map((paragraph) => `${where(paragraph)}: ${paragraph.text.slice(0, 100)}`)).toEqual([]);
  });
});
