/**
 * The explained words of kubectl commands in the build: every line of a chapter's shell blocks that runs
 * kubectl (found here with a regular expression, not the explainer) has each of its words marked and linked
 * to an entry of the page's list with a text; the entries' links lead to pages and anchors that exist; and
 * every verb and flag the notes use has a description in the kubectl model. On /commands the rows are plain
 * code in the HTML and their words come from the words file of the build (fetched on first use): every
 * character of every row's command is in an explained word with an entry, and the file is precached.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { attr, builtPageFile, descendants, idsOf, readHtml, selectAll, textOf, type HtmlElement } from '../builtHtml';
import { loadPages } from '../../src/lib/build/content';
import { extractCommands } from '../../src/lib/commands';
import { shellWords } from '../../src/lib/commands/shellWords';
import { kubectlModel } from '../../src/lib/kubectl/model';
import { parseWords } from '../../src/lib/kubectl/parse';
import type { CommandWordsData } from '../../src/lib/notesCommandIndex';
import { listFiles, readPrecacheManifest } from '../../src/plugins/offline/precache';

const buildDir = path.resolve('build');
const docs = loadPages(path.resolve('docs'));
const chapters = docs.filter((doc) => /^ch\d\d-/.test(doc.relativePath));
const SHELL_BLOCK = /\blanguage-(bash|sh|shell|zsh|console)\b/;
/** A line that runs kubectl: `kubectl <verb>` or the notes' `k <verb>`, first on the line or after `|`, `&&`, `;`, `$(`, a prompt. */
const RUNS_KUBECTL = /(?:^|[|;&(]\s*|^\s*\$\s+|\bdo\s+)(?:kubectl|k)\s+[a-z]/;

const isWord = (element: HtmlElement) => element.tagName === 'a' && /^#kx\d+$/.test(attr(element, 'href') ?? '');

/** The characters of a line that are not inside a word element (blanks and a continuation `\` dropped). */
function unmarked(line: HtmlElement): string {
  let out = '';
  const walk = (node: HtmlElement) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        if (!isWord(child)) walk(child);
      } else if ('value' in child) out += child.value;
    }
  };
  walk(line);
  return out.replace(/\\\s*$/, '').replace(/\s+/g, '');
}

describe('explained kubectl words in the chapters', () => {
  test.each(chapters.map((doc) => [doc.permalink] as const))(
    '%s: every word of every kubectl line is explained',
    (permalink) => {
      const document = readHtml(builtPageFile(buildDir, permalink));
      const ids = idsOf(document);
      const entries = new Map(
        selectAll(document, 'details li').flatMap((entry) => {
          const id = attr(entry, 'id');
          return id?.startsWith('kx') ? [[id, textOf(entry)] as const] : [];
        }),
      );
      const lines = selectAll(document, 'div.kia-code')
        .filter((block) => SHELL_BLOCK.test(attr(block, 'class') ?? ''))
        .flatMap((block) => selectAll(block, 'span.code-line'))
        .filter((line) => RUNS_KUBECTL.test(textOf(line)));
      const doc = docs.find((page) => page.permalink === permalink);
      const runs = extractCommands(doc?.source ?? '', { tree: doc?.tree }).filter(
        (use) => use.where === 'block' && use.tool === 'kubectl',
      );
      // Every command line the scanner finds in a block is one of the lines checked here.
      expect(lines.length).toBeGreaterThanOrEqual(new Set(runs.map((use) => use.line)).size);
      const problems = lines.flatMap((line) => {
        const words = descendants(line).filter(isWord);
        const text = textOf(line).trim();
        const left = unmarked(line);
        const missing = words
          .map((word) => (attr(word, 'href') ?? '').slice(1))
          .filter((id) => !ids.has(id) || !(entries.get(id) ?? '').trim());
        return [
          ...(left ? [`${text}: not explained: ${left}`] : []),
          ...(missing.length ? [`${text}: no entry for ${missing.join(', ')}`] : []),
          // One keyboard stop per line: its first word.
          ...(words.filter((word) => attr(word, 'tabindex') === undefined).length !== 1 ? [`${text}: tab stops`] : []),
        ];
      });
      expect(problems).toEqual([]);
    },
  );

  test('every link of an explanation leads to a page and an anchor of the build', () => {
    const bad: string[] = [];
    for (const doc of chapters) {
      const document = readHtml(builtPageFile(buildDir, doc.permalink));
      for (const entry of selectAll(document, 'details li')) {
        if (!attr(entry, 'id')?.startsWith('kx')) continue;
        for (const link of selectAll(entry, 'a')) {
          const [page = '', anchor] = (attr(link, 'href') ?? '').split('#');
          const target = readHtml(builtPageFile(buildDir, page || '/'));
          if (anchor && !idsOf(target).has(anchor)) bad.push(`${doc.permalink}: ${attr(link, 'href')}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('explained kubectl words on /commands', () => {
  const document = readHtml(builtPageFile(buildDir, '/commands'));
  const files = listFiles(buildDir).filter((file) => /^assets\/data\/command-words\.[0-9a-f]{8}\.json$/.test(file));
  const file = files[0] ?? '';
  const data = JSON.parse(fs.readFileSync(path.join(buildDir, file), 'utf8')) as CommandWordsData;
  const entries = new Map(data.entries.map((entry) => [entry.id, entry]));
  /** The rows' commands: plain code and a Tab stop (the variants folded into a row are not explained). */
  const rows = selectAll(document, 'li[data-command]').flatMap((row) =>
    row.childNodes.some((child) => 'tagName' in child && child.tagName === 'code' && attr(child, 'tabindex') === '0')
      ? [attr(row, 'data-command') ?? '']
      : [],
  );

  test('the page has no word in its HTML; one words file, referenced by the page’s script and precached', () => {
    expect(selectAll(document, 'a').filter(isWord)).toEqual([]);
    expect(files).toHaveLength(1);
    const scripts = listFiles(buildDir).filter((name) => /^assets\/js\/.+\.js$/.test(name));
    const referencing = scripts.filter((name) => fs.readFileSync(path.join(buildDir, name), 'utf8').includes(file));
    expect(referencing.length).toBeGreaterThan(0);
    expect(readPrecacheManifest(path.join(buildDir, 'sw.js')).map((entry) => entry.url)).toContain(file);
  });

  test('every character of every row’s command is in an explained word, and every word has an entry', () => {
    expect(rows.length).toBeGreaterThan(40);
    expect(Object.keys(data.rows).sort()).toEqual([...rows].sort());
    const problems = rows.flatMap((command) => {
      const words = data.rows[command] ?? [];
      let at = 0;
      let left = '';
      const bad: string[] = [];
      for (let i = 0; i + 2 < words.length; i += 3) {
        const [start = 0, end = 0, entry = 0] = words.slice(i, i + 3);
        if (start < at || end <= start || end > command.length)
          bad.push(`${command}: word ${i / 3} at ${start}-${end}`);
        left += command.slice(at, start);
        at = end;
        if (!(entries.get(`kx${entry}`)?.text ?? '').trim()) bad.push(`${command}: no entry kx${entry}`);
      }
      left += command.slice(at);
      return [...bad, ...(left.replace(/\s+/g, '') ? [`${command}: not explained: ${left}`] : [])];
    });
    expect(problems).toEqual([]);
  });

  test('every link of an explanation leads to a page and an anchor of the build', () => {
    const bad = data.entries.flatMap((entry) => {
      if (!entry.link) return [];
      const [page = '', anchor] = entry.link.href.split('#');
      const target = readHtml(builtPageFile(buildDir, page || '/'));
      return anchor && !idsOf(target).has(anchor) ? [`${entry.id}: ${entry.link.href}`] : [];
    });
    expect(bad).toEqual([]);
  });
});

describe('the kubectl model knows what the notes use', () => {
  test('every verb and flag of the notes’ kubectl commands has a description', () => {
    const model = kubectlModel();
    const missing = new Set<string>();
    for (const doc of docs) {
      for (const use of extractCommands(doc.source, { tree: doc.tree })) {
        if (use.tool !== 'kubectl') continue;
        const words = shellWords(use.command);
        const pipe = words.findIndex((word) => ['|', '&&', '||', ';'].includes(word));
        const parsed = parseWords(model, pipe === -1 ? words : words.slice(0, pipe));
        if (!parsed) continue;
        if (!parsed.verb?.description) missing.add(`verb of: ${use.command}`);
        for (const flag of parsed.flags) {
          if (!flag.flag?.description) missing.add(`${flag.written} (${parsed.verb?.path ?? '?'})`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });
});
