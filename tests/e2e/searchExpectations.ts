/**
 * Where a search should land, worked out from the chapter sources (never from the search index): the
 * sections (docs.ts) whose commands (notesCommandIndex.ts) contain a command query, or whose text (with the
 * manifests embedded there) contains a word query or one of its kubectl synonyms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadPages, sectionLink, type Page } from '../../src/lib/build/content';
import { locateCommands } from '../../src/lib/notesCommandIndex';
import { synonymsOf } from '../../src/lib/searchTerms';

const docsDir = path.resolve('docs');
const manifestsDir = path.resolve('manifests');
const MANIFEST = /<Manifest\s+file="([^"]+)"/g;

export const docs: Page[] = loadPages(docsDir);

/** Source text of every section (heading to the next heading of any level), manifests inlined, by href. */
export function sectionTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const doc of docs) {
    const starts = [{ href: sectionLink(doc, undefined), line: 1 }].concat(
      doc.sections.map((section) => ({ href: sectionLink(doc, section), line: section.line })),
    );
    starts.forEach((start, index) => {
      const end = starts[index + 1]?.line ?? doc.lines.length + 1;
      const lines = doc.lines.slice(start.line - 1, end - 1).join('\n');
      const manifests = [...lines.matchAll(MANIFEST)].map((match) =>
        fs.readFileSync(path.join(manifestsDir, match[1] ?? ''), 'utf8'),
      );
      texts.set(start.href, [lines, ...manifests].join('\n'));
    });
  }
  return texts;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (word === 'k' ? 'kubectl' : word));

/** Sections running a command that contains the query's words in order (`k` read as `kubectl`). */
export function sectionsWithCommand(query: string): Set<string> {
  const wanted = ` ${words(query).join(' ')} `;
  return new Set(
    locateCommands(docs)
      .filter((use) => ` ${words(use.command).join(' ')} `.includes(wanted))
      .map((use) => use.location.href),
  );
}

/** Sections whose text has the word or a synonym as a word, or run together ("Persistent Volume Claim"). */
export function sectionsWithWord(word: string): Set<string> {
  const forms = [word.toLowerCase(), ...synonymsOf(word.toLowerCase())];
  const pattern = new RegExp(`(^|[^a-z0-9])(${forms.join('|')})([^a-z0-9]|$)`, 'i');
  const joined = new RegExp(forms.filter((form) => form.length > 8).join('|') || '$^', 'i');
  return new Set(
    [...sectionTexts().entries()]
      .filter(([, text]) => pattern.test(text) || joined.test(text.replace(/[\s-]+/g, '')))
      .map(([href]) => href),
  );
}
