/**
 * The one theme part the site wraps that Docusaurus does not mark safe to wrap:
 * src/theme/DocSidebarItem/Link passes the chapter's reading progress inside `item.label`, which the
 * theme's component must render as the link's content. Pinned to the theme version it was checked with:
 * an upgrade fails here until someone re-checks that wrapper against the new theme.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const themeDir = path.dirname(require.resolve('@docusaurus/theme-classic/package.json'));

describe('wrapped theme parts', () => {
  test('DocSidebarItem/Link: theme version as checked (re-check src/theme/DocSidebarItem/Link after an upgrade)', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(themeDir, 'package.json'), 'utf8')) as { version: string };
    expect(version, 'theme-classic was upgraded: re-check src/theme/DocSidebarItem/Link, then update this pin').toBe(
      '3.10.2',
    );
  });

  test('DocSidebarItem/Link still renders item.label as the link’s content', () => {
    const source = fs.readFileSync(path.join(themeDir, 'lib/theme/DocSidebarItem/Link/index.js'), 'utf8');
    expect(source).toMatch(/const \{[^}]*\blabel\b[^}]*\} = item/);
    expect(source).toMatch(/\{label\}/);
  });
});
