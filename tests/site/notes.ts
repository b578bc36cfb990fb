/**
 * Reads the original notes (tests/fixtures/notes.md) into what the site must keep: headings, command
 * lines in code blocks, and prose paragraphs, each with its line number and the page it belongs on.
 */
import fs from 'node:fs';

export interface NotesItem {
  line: number;
  text: string;
  /** Chapter number (4-12), or 0 for the part before chapter 4 (the intro page). */
  chapter: number;
}

export interface NotesHeading extends NotesItem {
  level: number;
}

export interface NotesCodeLine extends NotesItem {
  /** A `k ...` line: a kubectl invocation. */
  kubectl: boolean;
}

export interface Notes {
  headings: NotesHeading[];
  codeLines: NotesCodeLine[];
  paragraphs: NotesItem[];
}

export function readNotes(file = 'tests/fixtures/notes.md'): Notes {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const notes: Notes = { headings: [], codeLines: [], paragraphs: [] };
  let chapter = 0;
  let fenceLanguage: string | null = null;
  let paragraph: { line: number; parts: string[] } | null = null;
  const flush = () => {
    if (paragraph) notes.paragraphs.push({ line: paragraph.line, text: paragraph.parts.join(' '), chapter });
    paragraph = null;
  };
  lines.forEach((text, index) => {
    const line = index + 1;
    const fence = /^\s*(`{3,})(\w*)/.exec(text);
    if (fence) {
      flush();
      fenceLanguage = fenceLanguage === null ? (fence[2] ?? '') : null;
      return;
    }
    if (fenceLanguage !== null) {
      if (fenceLanguage === 'bash' && text.trim() && !text.trim().startsWith('#')) {
        notes.codeLines.push({ line, text: text.trim(), chapter, kubectl: /^k\s/.test(text.trim()) });
      }
      return;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*$/.exec(text);
    if (heading) {
      flush();
      const chapterMatch = /^Chapter (\d+)/.exec(heading[2] ?? '');
      if (chapterMatch) chapter = Number(chapterMatch[1]);
      notes.headings.push({ line, level: (heading[1] ?? '').length, text: heading[2] ?? '', chapter });
      return;
    }
    if (!text.trim() || /^!\[/.test(text.trim())) {
      flush();
      return;
    }
    paragraph ??= { line, parts: [] };
    paragraph.parts.push(text.trim());
  });
  flush();
  return notes;
}
