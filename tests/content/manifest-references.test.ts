/** Pages and manifests agree: every embedded file exists, and every file is embedded somewhere. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPages } from '../../src/lib/build/content';
import { findManifestReferences, listManifestFiles } from '../../src/lib/build/manifests';

const docs = loadPages(path.resolve('docs'));
const references = findManifestReferences(docs);
const files = listManifestFiles(path.resolve('manifests'));

describe('manifest references', () => {
  test('every <Manifest file> in docs/ names an existing file', () => {
    const missing = references
      .filter((reference) => !files.includes(reference.file))
      .map((reference) => `docs/${reference.page.relativePath}:${reference.line}: ${reference.file}`);
    expect(missing).toEqual([]);
  });

  test('every file under manifests/ is embedded in at least one page', () => {
    const used = new Set(references.map((reference) => reference.file));
    expect(files.filter((file) => !used.has(file))).toEqual([]);
  });

  test('each file sits in the folder of the chapter that embeds it first', () => {
    const misplaced = references
      .filter((reference) => !reference.page.relativePath.startsWith(`${reference.file.split('/')[0]}-`))
      .filter((reference) => references.find((first) => first.file === reference.file) === reference)
      .map((reference) => `${reference.file} first used in docs/${reference.page.relativePath}`);
    expect(misplaced).toEqual([]);
  });
});

describe('commands that apply a manifest', () => {
  const applied = docs.flatMap((doc) =>
    doc.codeBlocks
      .filter((block) => !block.admonitions.includes('changed'))
      .flatMap((block) =>
        [...block.value.matchAll(/\s-f\s+(?:\.\/)?([\w.-]+\.ya?ml)\b/g)].map((match) => ({
          doc,
          name: match[1] ?? '',
          line: block.line,
        })),
      ),
  );

  test('the notes apply manifests', () => {
    expect(applied.length).toBeGreaterThanOrEqual(35);
  });

  test('every manifest a command applies is embedded on the same page', () => {
    const missing = applied
      .filter(
        ({ doc, name }) =>
          !references.some(
            (reference) =>
              reference.page.relativePath === doc.relativePath && path.posix.basename(reference.file) === name,
          ),
      )
      .map(({ doc, name, line }) => `docs/${doc.relativePath}:${line}: ${name}`);
    expect(missing).toEqual([]);
  });
});
