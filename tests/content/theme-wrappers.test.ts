/**
 * Theme parts the site wraps that lean on more than Docusaurus promises:
 * - src/theme/DocSidebarItem/Link (not marked safe to wrap) passes the chapter's reading progress inside
 *   `item.label`, which the theme's component must render as the link's content;
 * - src/theme/DocSidebar (safe to wrap) uses theme-common's internal `useNavbarMobileSidebar` and the
 *   class the theme's menu shows the docs sidebar with.
 * Pinned to the theme version they were checked with: an upgrade fails here until someone re-checks them.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const themeDir = path.dirname(require.resolve('@docusaurus/theme-classic/package.json'));

describe('wrapped theme parts', () => {
  test('theme version as checked (re-check src/theme/DocSidebarItem/Link and src/theme/DocSidebar after an upgrade)', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(themeDir, 'package.json'), 'utf8')) as { version: string };
    expect(version, 'theme-classic was upgraded: re-check the wrappers named above, then update this pin').toBe(
      '3.10.2',
    );
  });

  test('DocSidebarItem/Link still renders item.label as the link’s content', () => {
    const source = fs.readFileSync(path.join(themeDir, 'lib/theme/DocSidebarItem/Link/index.js'), 'utf8');
    expect(source).toMatch(/const \{[^}]*\blabel\b[^}]*\} = item/);
    expect(source).toMatch(/\{label\}/);
  });

  test('DocSidebar: what the wrapper relies on is still there', () => {
    const commonDir = path.join(path.dirname(require.resolve('@docusaurus/theme-common')), '..');
    const internal = fs.readFileSync(path.join(commonDir, 'lib/internal.js'), 'utf8');
    expect(internal).toMatch(/export \{ useNavbarMobileSidebar \}/);
    // The mobile sidebar registers itself with the menu through the filler, whose props are sorted with
    // localeCompare: the cost the wrapper keeps out of hydration.
    const mobile = fs.readFileSync(path.join(themeDir, 'lib/theme/DocSidebar/Mobile/index.js'), 'utf8');
    expect(mobile).toMatch(/<NavbarSecondaryMenuFiller/);
    const layout = fs.readFileSync(path.join(themeDir, 'lib/theme/Navbar/MobileSidebar/Layout/index.js'), 'utf8');
    expect(layout).toMatch(/'navbar-sidebar__items--show-secondary': secondaryMenuShown/);
  });
});
