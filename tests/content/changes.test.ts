/**
 * The changes page (/changes) against the chapters' sources: every `:::changed` block (found here by a plain
 * line scan of the files, not by the content model the page is built from) is on the page, and every entry
 * links to a section anchor the chapter has.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPages } from '../../src/lib/build/content';
import { changeEntries } from '../../src/lib/changes';

const docsDir = path.resolve('docs');
const pages = loadPages(docsDir);
const entries = changeEntries(pages);

/** `docs/ch05-services.mdx:112 changed <title>` for every `:::changed[...]` / `:::correction[...]` opening line. */
function scanned(name: 'changed' | 'correction'): string[] {
  return fs
    .readdirSync(docsDir)
    .filter((file) => /^ch\d{2}-.*\.mdx$/.test(file))
    .flatMap((file) =>
      fs
        .readFileSync(path.join(docsDir, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (line.startsWith(`:::${name}[`) ? [`docs/${file}:${index + 1}`] : [])),
    )
    .sort();
}

describe('What changed since the book', () => {
  test('every :::changed block of the chapters is an entry', () => {
    const found = scanned('changed');
    expect(found.length).toBeGreaterThan(30);
    expect(
      entries
        .filter((entry) => entry.kind === 'changed')
        .map((entry) => entry.source)
        .sort(),
    ).toEqual(found);
  });

  test('every :::correction block of the chapters is an entry', () => {
    expect(
      entries
        .filter((entry) => entry.kind === 'correction')
        .map((entry) => entry.source)
        .sort(),
    ).toEqual(scanned('correction'));
  });

  test('every entry of a :::changed names its tool and version as the title says', () => {
    for (const entry of entries.filter((candidate) => candidate.kind === 'changed')) {
      const line = fs.readFileSync(entry.source.replace(/:\d+$/, ''), 'utf8').split('\n')[
        Number(entry.source.split(':')[1]) - 1
      ];
      expect(line, entry.source).toContain(`· ${entry.tool} ${entry.version}]`);
    }
  });

  test('every entry links to an existing section anchor of its chapter (the page itself above its first heading)', () => {
    const broken = entries.flatMap((entry) => {
      const [route = '', anchor] = entry.href.split('#');
      const page = pages.find((candidate) => candidate.permalink === route);
      if (!page) return [`${entry.source}: ${entry.href}: no such page`];
      const line = Number(entry.source.split(':')[1]);
      if (anchor === undefined)
        return (page.sections[0]?.line ?? Infinity) > line ? [] : [`${entry.source}: no anchor`];
      return page.sections.some((section) => section.anchor === anchor && section.line <= line)
        ? []
        : [`${entry.source}: ${entry.href}`];
    });
    expect(broken).toEqual([]);
  });

  test('a :::changed without a version fails, naming the file and line', async () => {
    const { readPage } = await import('../../src/lib/build/content');
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'changes-'));
    const file = path.join(dir, 'ch99-test.mdx');
    fs.writeFileSync(
      file,
      "---\ntitle: 'Test'\nsidebar_position: 99\nslug: /ch99-test\n---\n\n## Section\n\n:::changed[No version here]\n\nText.\n\n:::\n",
    );
    expect(() => changeEntries([readPage(file, 'ch99-test.mdx')])).toThrow(
      /docs\/ch99-test\.mdx:9: :::changed\[No version here\] names no version/,
    );
  });
});
