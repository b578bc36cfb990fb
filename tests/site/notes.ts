/**
 * Reads the original notes (tests/fixtures/notes.md, a copy of the seed notes) into what the site must
 * keep: headings, command lines in code blocks, and the prose, each with its line number and the page it
 * belongs on. The prose comes in the units the site keeps whole: a paragraph (split where the notes break
 * the line with `<br>`), a list item (nested ones too), a table row (its cells), a quoted line (a `>`
 * line of quoted output, or a line of a code block without a language).
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

export type ProseKind = 'paragraph' | 'list item' | 'table row' | 'quote line';

export interface NotesProse extends NotesItem {
  kind: ProseKind;
}

export interface Notes {
  headings: NotesHeading[];
  codeLines: NotesCodeLine[];
  /** Every unit of prose, in the notes' order. */
  prose: NotesProse[];
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/;
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const TABLE_RULE = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;
const QUOTE = /^\s*>\s?(.*)$/;
/** The notes' `<br>` (also `<br><br>`, `<br/>`) breaks a paragraph in two. */
const BREAK = /<br\s*\/?>/i;

export function readNotes(file = 'tests/fixtures/notes.md'): Notes {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const notes: Notes = { headings: [], codeLines: [], prose: [] };
  let chapter = 0;
  let fenceLanguage: string | null = null;
  /** The unit being read: continuation lines join it. */
  let open: { line: number; parts: string[]; kind: ProseKind } | null = null;
  const flush = () => {
    if (open) {
      const text = open.parts.join(' ').trim();
      if (text) notes.prose.push({ line: open.line, text, chapter, kind: open.kind });
    }
    open = null;
  };
  /** Adds text to the open unit (or starts one), breaking it at every `<br>`. */
  const add = (line: number, text: string, kind: ProseKind) => {
    const [first = '', ...rest] = text.split(BREAK);
    open ??= { line, parts: [], kind };
    open.parts.push(first.trim());
    for (const part of rest) {
      flush();
      open = part.trim() ? { line, parts: [part.trim()], kind: 'paragraph' } : null;
    }
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
      // A block without a language quotes text (the notes' one is a requirement of the pod network).
      if (fenceLanguage === '' && text.trim())
        notes.prose.push({ line, text: text.trim(), chapter, kind: 'quote line' });
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
    const row = TABLE_ROW.exec(text);
    if (row) {
      flush();
      if (TABLE_RULE.test(text)) return;
      const cells = (row[1] ?? '').split('|').map((cell) => cell.trim());
      notes.prose.push({ line, text: cells.join(' '), chapter, kind: 'table row' });
      return;
    }
    const quote = QUOTE.exec(text);
    if (quote) {
      flush();
      if (quote[1]?.trim()) notes.prose.push({ line, text: quote[1].trim(), chapter, kind: 'quote line' });
      return;
    }
    const item = LIST_ITEM.exec(text);
    if (item) {
      flush();
      add(line, item[1] ?? '', 'list item');
      return;
    }
    // An indented line continues a list item; any other line after an item starts a paragraph.
    if (open?.kind === 'list item' && !/^\s/.test(text)) flush();
    add(line, text, open?.kind ?? 'paragraph');
  });
  flush();
  return notes;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Typography that differs without changing the text: quotes, dashes, ellipses, invisible characters, spacing. */
export function normalizeText(text: string): string {
  return text
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The notes' Markdown and raw HTML read as a reader sees it: entities decoded, `<b>`/`<u>`/`<br>`,
 * backticks, emphasis and link targets gone. Quoted terminal output is literal and keeps its characters.
 */
export function notesText(unit: Pick<NotesProse, 'text' | 'kind'>): string {
  let text = unit.text.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
  if (unit.kind !== 'quote line') {
    text = text
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?(?:b|u|i|em|strong)>/gi, '')
      .replace(/!?\[([^\]]*)\]\([^)\s]*\)/g, '$1')
      .replace(/`+/g, '')
      .replace(/(^|[^\w*])(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\2(?![\w*])/g, '$1$3');
  }
  return normalizeText(text);
}
