import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { headingText, parseDoc, sectionAtLine, sectionLink } from '../build/docs';

const doc = parseDoc(path.join(__dirname, 'fixtures/page.mdx'), 'page.mdx');

describe('docs reader', () => {
  test('reads title, slug and position from front matter', () => {
    expect([doc.title, doc.permalink, doc.sidebarPosition]).toEqual(['A page', '/a-page', 3]);
  });

  test('finds headings outside code blocks, with Docusaurus anchors (duplicates numbered, explicit ids kept)', () => {
    expect(doc.sections.map((s) => [s.depth, s.title, s.anchor, s.line])).toEqual([
      [2, 'Create a shared volume with "gitRepo" type', 'create-a-shared-volume-with-gitrepo-type', 9],
      [3, 'The k alias', 'alias', 16],
      [2, 'Create a shared volume with "gitRepo" type', 'create-a-shared-volume-with-gitrepo-type-1', 18],
    ]);
  });

  test('locates the section around a line', () => {
    expect(sectionAtLine(doc, 7)).toBeUndefined();
    expect(sectionLink(doc, sectionAtLine(doc, 13))).toBe('/a-page#create-a-shared-volume-with-gitrepo-type');
    expect(sectionLink(doc, sectionAtLine(doc, 7))).toBe('/a-page');
  });

  test('strips inline Markdown from heading text', () => {
    expect(headingText('**Bold** and `code` and [a link](/x) and _em_')).toBe('Bold and code and a link and em');
  });
});
