import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { pageFrame, BODY_QUERY } = require('../frameLoader.cjs') as {
  pageFrame: (source: string, file: string) => string;
  BODY_QUERY: string;
};

const page = fs.readFileSync(path.join(__dirname, 'fixtures/page.js'), 'utf8');

describe('pageFrame', () => {
  const frame = pageFrame(page, 'docs/ch05-services.mdx');

  test('keeps the data exports and the metadata re-export, word for word', () => {
    expect(frame).toContain("export const frontMatter = {\n  title: 'Services',\n  sidebar_position: 5,\n};");
    expect(frame).toContain('export const contentTitle = undefined;');
    expect(frame).toContain('export const assets = {};');
    expect(frame).toContain("value: '<code>kubectl expose</code>'");
    expect(frame).toContain(
      "export { default as metadata } from '@site/.docusaurus/docusaurus-plugin-content-docs/default/site-docs-ch-05-services-mdx-abc.json';",
    );
  });

  test('drops the body and its imports', () => {
    expect(frame).not.toMatch(/_createMdxContent|jsx-runtime|@mdx-js\/react|components\/Manifest|MDXContent/);
  });

  test('the default export awaits the body: the same file with the body query', () => {
    expect(BODY_QUERY).toBe('kia-body');
    expect(frame).toContain(
      'export default await pageBody(kiaPageMetadata.id, () => import("./ch05-services.mdx?kia-body"));',
    );
    expect(frame).toContain(
      'import kiaPageMetadata from "@site/.docusaurus/docusaurus-plugin-content-docs/default/site-docs-ch-05-services-mdx-abc.json";',
    );
  });

  test('a page exporting anything but data fails, naming file, line and column', () => {
    const bad = page.replace('export const assets = {};', 'export const assets = {};\nexport function helper() {}');
    expect(() => pageFrame(bad, 'docs/ch05-services.mdx')).toThrow(
      'docs/ch05-services.mdx (compiled, 10:1): export "helper" is not page data; a docs page may export only data',
    );
  });

  test('a data export that is not plain data fails, naming it', () => {
    const bad = page.replace('export const assets = {};', "export const assets = { image: require('./a.png') };");
    expect(() => pageFrame(bad, 'docs/ch05-services.mdx')).toThrow(
      'docs/ch05-services.mdx (compiled, 9:1): export "assets" is not plain page data',
    );
  });

  test('a page without its metadata fails', () => {
    const bad = page.replace(/export \{ default as metadata \}[^\n]*\n/, '');
    expect(() => pageFrame(bad, 'docs/x.mdx')).toThrow('docs/x.mdx: the compiled page has no metadata export');
  });
});
