/**
 * Nothing of the notes is lost: every heading and every command line of the original notes is on the
 * built page of its chapter, and so is the whole text of every unit of prose (paragraph, list item,
 * table row, quoted line: see ./notes.ts), compared after normalizing markup, quotes, dashes and
 * whitespace. The prose the site changed on purpose (errata, mostly) is listed in
 * fidelity-exceptions.json: a fix inside a sentence (the unit is then compared in its corrected form) or
 * a rewritten unit, each with its errata and reason; an entry that is no longer needed fails too.
 * Failures name chapter:line and the start of the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadPages } from '../../src/lib/build/content';
import { normalizeText, notesText, readNotes, type NotesItem, type NotesProse } from './notes';
import { builtPageFile, readBuiltPage, type BuiltPage } from '../builtHtml';

interface Correction {
  line: number;
  original: string;
  corrected: string;
  erratum: string;
}

/** A silent fix inside a unit of prose: the unit is still compared whole, in its corrected form. */
interface ProseCorrection {
  chapter: number;
  line: number;
  original: string;
  corrected: string;
  /** The errata it handles; none for a silent fix the spec does not list (then `reason` says so). */
  errata: string[];
  reason: string;
}

/** A unit of prose the site rewrote: not expected on the page as written. */
interface ProseRewrite {
  chapter: number;
  line: number;
  /** The start of the unit's text in the notes, as written. */
  startsWith: string;
  errata: string[];
  reason: string;
}

interface Exceptions {
  corrections: ProseCorrection[];
  rewritten: ProseRewrite[];
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
const exceptions = JSON.parse(fs.readFileSync('tests/site/fidelity-exceptions.json', 'utf8')) as Exceptions;

const docOf = (chapter: number) => {
  const prefix = `ch${String(chapter).padStart(2, '0')}-`;
  const doc =
    chapter === 0 ? docs.find((d) => d.permalink === '/') : docs.find((d) => d.relativePath.startsWith(prefix));
  if (!doc) throw new Error(`No page in docs/ for chapter ${chapter} (expected docs/${prefix}*.mdx)`);
  return doc;
};

const pages = new Map<number, BuiltPage & { normalized: string }>();
function pageOf(chapter: number): BuiltPage & { normalized: string } {
  const cached = pages.get(chapter);
  if (cached) return cached;
  const page = readBuiltPage(builtPageFile(buildDir, docOf(chapter).permalink));
  const withText = { ...page, normalized: normalizeText(page.text) };
  pages.set(chapter, withText);
  return withText;
}

const normalizeHeading = (text: string) =>
  text
    .replace(/[“”]/g, '"')
    .replace(/^[^a-z0-9]+|[^a-z0-9")]+$/gi, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Whitespace collapsed, and the notes' `k` alias read as `kubectl` (the site may spell it out). */
const normalizeCommand = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/^k /, 'kubectl ');

const where = (item: NotesItem) => `L${item.line} (chapter ${item.chapter || 'intro'})`;
const at = (item: { chapter: number; line: number }) => `chapter ${item.chapter || 'intro'}:L${item.line}`;
const start = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);
const summary: string[] = [];
afterAll(() => console.log(`\nNotes fidelity: ${summary.join(', ')}`));

const unitAt = (entry: { chapter: number; line: number }) =>
  notes.prose.filter((unit) => unit.chapter === entry.chapter && unit.line === entry.line);

/** Whether `text` is in `page` as whole words (a unit "etc" is not found in "etcd"). */
function containsWhole(page: string, text: string): boolean {
  const word = /\w/;
  for (let index = page.indexOf(text); index >= 0; index = page.indexOf(text, index + 1)) {
    const before = word.test(text[0] ?? '') && word.test(page[index - 1] ?? '');
    const after = word.test(text.at(-1) ?? '') && word.test(page[index + text.length] ?? '');
    if (!before && !after) return true;
  }
  return false;
}

/**
 * Whether the whole normalized text of the unit is on its page: with the command corrections of its line
 * (an inline command shown corrected) and its listed prose corrections applied, except `without`.
 */
function onPage(unit: NotesProse, without?: ProseCorrection): boolean {
  let text = notesText(unit);
  const fixes = [
    ...corrections.filter((c) => unit.kind !== 'quote line' && c.line === unit.line),
    ...exceptions.corrections.filter((c) => c.chapter === unit.chapter && c.line === unit.line && c !== without),
  ];
  for (const fix of fixes) {
    text = text.replaceAll(notesText({ ...unit, text: fix.original }), notesText({ ...unit, text: fix.corrected }));
  }
  return containsWhole(pageOf(unit.chapter).normalized, text);
}

describe('fidelity to the notes', () => {
  test('the notes have 69 headings, 88 kubectl command lines and 339 units of prose (fixture sanity)', () => {
    expect(notes.headings).toHaveLength(69);
    expect(notes.codeLines.filter((line) => line.kubectl)).toHaveLength(88);
    expect(notes.prose).toHaveLength(339);
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

  test('every unit of prose of the notes is on its page, whole (as written, or as corrected)', () => {
    const rewritten = (unit: NotesProse) =>
      exceptions.rewritten.some(
        (entry) => entry.chapter === unit.chapter && entry.line === unit.line && unit.text.startsWith(entry.startsWith),
      );
    const checked = notes.prose.filter((unit) => !rewritten(unit));
    const missing = checked.filter((unit) => !onPage(unit));
    const counts = new Map<string, number>();
    for (const unit of notes.prose) counts.set(unit.kind, (counts.get(unit.kind) ?? 0) + 1);
    const kinds = [...counts].map(([kind, count]) => `${count} ${kind}s`);
    summary.push(
      `${checked.length - missing.length}/${checked.length} units of prose whole (${kinds.join(', ')}; ${
        notes.prose.length - checked.length
      } listed as rewritten)`,
    );
    expect(missing.map((unit) => `${at(unit)} ${unit.kind}: ${start(unit.text)}`)).toEqual([]);
  });

  test('every exception is still needed, names its unit of prose and an erratum marked on its page', () => {
    const problems: string[] = [];
    for (const entry of exceptions.rewritten) {
      const units = unitAt(entry).filter((unit) => unit.text.startsWith(entry.startsWith));
      const name = `rewritten ${at(entry)} "${start(entry.startsWith)}"`;
      if (units.length !== 1) problems.push(`${name}: no unit of prose of the notes starts so at this line`);
      else if (onPage(units[0]!)) problems.push(`${name}: stale, the text is on the page as written`);
      problems.push(...errataProblems(name, entry));
    }
    for (const entry of exceptions.corrections) {
      const name = `correction ${at(entry)} "${entry.original}" -> "${entry.corrected}"`;
      const units = unitAt(entry).filter((unit) =>
        notesText(unit).includes(notesText({ ...unit, text: entry.original })),
      );
      if (units.length !== 1) problems.push(`${name}: no unit of prose of the notes has it at this line`);
      else if (onPage(units[0]!, entry)) problems.push(`${name}: stale, the text is on the page without it`);
      problems.push(...errataProblems(name, entry));
    }
    expect(problems).toEqual([]);
  });
});

/** Each entry gives its reason; each erratum it names exists and is marked (`{/* E17 *\/}`) on the chapter's page. */
function errataProblems(name: string, entry: { chapter: number; errata: string[]; reason: string }): string[] {
  const problems = entry.reason.trim() ? [] : [`${name}: no reason`];
  const doc = docOf(entry.chapter);
  const marked = new Set(
    [...doc.source.matchAll(/\{\/\*\s*((?:E\d+[\s,]*)+)\*\/\}/g)].flatMap(
      (match) => (match[1] ?? '').match(/E\d+/g) ?? [],
    ),
  );
  for (const id of entry.errata) {
    if (!errata[id]) problems.push(`${name}: ${id} is not an erratum of tests/fixtures/errata.json`);
    else if (!marked.has(id)) problems.push(`${name}: ${id} is not marked on docs/${doc.relativePath}`);
  }
  return problems;
}
