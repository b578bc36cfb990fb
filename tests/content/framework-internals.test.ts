/**
 * The one list of every place where the site relies on Docusaurus beyond its documented API. For each:
 * where it is, the package and version it was checked with, and the assumption, checked against the
 * installed package's own files. An upgrade fails here, naming what to re-check, before it breaks a
 * page in a way no other test sees. After re-checking, update the place's pinned version.
 *
 * A new reliance on internals (a deep import, a non-safe swizzle, a generated path, an internal class or
 * attribute) gets its entry here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** The installed package's folder (npm hoists them all; some export no package.json to require.resolve). */
function packageDir(name: string): string {
  return path.join(process.cwd(), 'node_modules', name);
}
function installedVersion(name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')) as { version: string })
    .version;
}
function read(name: string, file: string): string {
  return fs.readFileSync(path.join(packageDir(name), file), 'utf8');
}
const site = (file: string): string => fs.readFileSync(file, 'utf8');

interface Reliance {
  /** Where the site relies on it. */
  place: string;
  /** The package whose internals it is, and the version it was checked with. */
  pkg: string;
  version: string;
  /** What to re-check after an upgrade. */
  recheck: string;
  check(): void;
}

const RELIANCES: Reliance[] = [
  {
    place: 'src/plugins/pageContent/frameLoader.cjs',
    pkg: '@docusaurus/mdx-loader',
    version: '3.10.2',
    recheck:
      'the loader rewrites the compiled page: it keeps the re-export `export {default as metadata}` of the JSON metadata module and moves the body to a chunk of its own',
    check() {
      const loader = read('@docusaurus/mdx-loader', 'lib/loader.js');
      expect(loader).toMatch(/export \{default as metadata\} from /);
      expect(site('src/plugins/pageContent/frameLoader.cjs')).toContain("names.join() !== 'metadata'");
    },
  },
  {
    place: 'src/theme/MDXContent (adopts the server HTML instead of hydrating the content)',
    pkg: '@docusaurus/theme-classic',
    version: '3.10.2',
    recheck:
      'MDXContent is still a thin MDXProvider wrapper around its children, so the wrapper can replace the children with the server HTML',
    check() {
      const original = read('@docusaurus/theme-classic', 'lib/theme/MDXContent/index.js');
      expect(original).toMatch(/<MDXProvider components=\{MDXComponents\}>\{children\}<\/MDXProvider>/);
      expect(site('src/theme/MDXContent/index.tsx')).toMatch(/ from '@theme-original\/MDXContent';/);
    },
  },
  {
    place: 'src/plugins/offline/index.ts (deep import of @docusaurus/plugin-pwa/lib/index.js, keeps 3 of its 7 hooks)',
    pkg: '@docusaurus/plugin-pwa',
    version: '3.10.2',
    recheck:
      'the plugin still has exactly these hooks; the kept ones (configureWebpack, injectHtmlTags, postBuild) need no path, the dropped ones are the theme (reload popup), client modules (registerSw) and translations',
    check() {
      const plugin = read('@docusaurus/plugin-pwa', 'lib/index.js');
      const hooks = [...plugin.matchAll(/^ {8}(?:async )?([a-zA-Z]+)\(/gm)].map((match) => match[1]);
      expect(hooks.sort()).toEqual(
        [
          'configureWebpack',
          'getClientModules',
          'getDefaultCodeTranslationMessages',
          'getThemePath',
          'getTypeScriptThemePath',
          'injectHtmlTags',
          'postBuild',
        ].sort(),
      );
      const offline = site('src/plugins/offline/index.ts');
      expect(offline).toMatch(/ from '@docusaurus\/plugin-pwa\/lib\/index\.js';/);
      for (const kept of ['configureWebpack', 'injectHtmlTags', 'postBuild']) expect(offline).toContain(`pwa.${kept}`);
    },
  },
  {
    place:
      'src/plugins/codeHighlight (aliases prism-react-renderer to src/lib/highlight/browserPrism.ts in the browser)',
    pkg: '@docusaurus/theme-classic',
    version: '3.10.2',
    recheck:
      'the browser modules of the theme that import prism-react-renderer use only `Prism.languages` (prism-include-languages); CodeBlock/Content, which tokenizes, is not used because src/theme/CodeBlock replaces CodeBlock',
    check() {
      expect(read('@docusaurus/theme-classic', 'lib/prism-include-languages.js')).toMatch(
        /import \{ Prism \} from 'prism-react-renderer';/,
      );
      const codeBlock = site('src/theme/CodeBlock/index.tsx');
      expect(codeBlock).not.toContain('@theme-original/CodeBlock');
      expect(codeBlock).not.toContain('@theme/CodeBlock/Content');
    },
  },
  {
    place: 'src/plugins/cards and src/plugins/manifests/editorBundle.ts (splitChunks cache groups)',
    pkg: '@docusaurus/core',
    version: '3.10.2',
    recheck:
      "the priorities of our cache groups (study-core 50, manifestEditor 45) against Docusaurus' own `common` (40) and `styles` (50) groups",
    check() {
      const base = read('@docusaurus/core', 'lib/webpack/base.js');
      expect(base).toMatch(/common: \{\s*name: 'common',\s*minChunks: [^\n]+\n\s*priority: 40,/);
      expect(base).toMatch(/styles: \{\s*name: 'styles',[\s\S]*?priority: 50,/);
      expect(site('src/plugins/manifests/editorBundle.ts')).toContain('priority: 45');
    },
  },
  {
    place: "src/components/StudyApp (imports '@generated/kia-cards/default/cards.json')",
    pkg: '@docusaurus/core',
    version: '3.10.2',
    recheck:
      "createData still writes to <generatedFilesDir>/<plugin name>/<plugin id>/ (plugin 'kia-cards', id 'default')",
    check() {
      expect(read('@docusaurus/core', 'lib/server/plugins/actions.js')).toContain(
        'path_1.default.join(generatedFilesDir, plugin.name, pluginId)',
      );
      expect(site('src/plugins/cards/index.ts')).toContain("name: 'kia-cards'");
    },
  },
  {
    place:
      'src/lib/browser/hydration.ts (where the chapters and the command index adopt the server HTML) and the browser tests (<html data-has-hydrated="true"> once hydrated)',
    pkg: '@docusaurus/core',
    version: '3.10.2',
    recheck:
      'Docusaurus still sets data-has-hydrated on <html> after hydration (false in the server HTML, true in the browser)',
    check() {
      expect(read('@docusaurus/core', 'lib/client/hasHydratedDataAttribute.js')).toContain(
        '<html data-has-hydrated={isBrowser}/>',
      );
    },
  },
  {
    place: 'tests/e2e/pages.test.ts (the walk turns each page dark by changing the system colour scheme)',
    pkg: '@docusaurus/theme-common',
    version: '3.10.2',
    recheck:
      'with colorMode.respectPrefersColorScheme and no stored choice, the colour mode still follows a live change of prefers-color-scheme (a media-query listener), so the walk can check dark mode without loading each page again',
    check() {
      const colorMode = read('@docusaurus/theme-common', 'lib/contexts/colorMode.js');
      expect(colorMode).toMatch(/subscribeToMedia\('\(prefers-color-scheme: dark\)'/);
      expect(colorMode).toMatch(/mql\.addEventListener\('change', listener\)/);
      expect(colorMode).toMatch(/return subscribeToSystemColorModeChange\(/);
      expect(site('docusaurus.config.ts')).toMatch(/colorMode: \{ respectPrefersColorScheme: true \}/);
      expect(site('tests/e2e/pages.test.ts')).toContain("page.emulateMedia({ colorScheme: 'dark' })");
    },
  },
  {
    place: "src/theme/DocSidebar (theme-common/internal's useNavbarMobileSidebar, the menu's panel class)",
    pkg: '@docusaurus/theme-common',
    version: '3.10.2',
    recheck:
      'useNavbarMobileSidebar is still exported from theme-common/internal, the mobile sidebar registers through NavbarSecondaryMenuFiller, and the menu shows it with navbar-sidebar__items--show-secondary',
    check() {
      expect(read('@docusaurus/theme-common', 'lib/internal.js')).toMatch(/export \{ useNavbarMobileSidebar \}/);
      expect(read('@docusaurus/theme-classic', 'lib/theme/DocSidebar/Mobile/index.js')).toMatch(
        /<NavbarSecondaryMenuFiller/,
      );
      expect(read('@docusaurus/theme-classic', 'lib/theme/Navbar/MobileSidebar/Layout/index.js')).toMatch(
        /'navbar-sidebar__items--show-secondary': secondaryMenuShown/,
      );
    },
  },
  {
    place: 'src/theme/DocSidebarItem/Link (not marked safe to wrap; passes reading progress inside item.label)',
    pkg: '@docusaurus/theme-classic',
    version: '3.10.2',
    recheck: "the theme's DocSidebarItem/Link still renders item.label as the link's content",
    check() {
      const source = read('@docusaurus/theme-classic', 'lib/theme/DocSidebarItem/Link/index.js');
      expect(source).toMatch(/const \{[^}]*\blabel\b[^}]*\} = item/);
      expect(source).toMatch(/\{label\}/);
    },
  },
  {
    place: 'src/clientModules/idlePrefetch.ts (replaces window.docusaurus with a deferred prefetch)',
    pkg: '@docusaurus/core',
    version: '3.10.2',
    recheck:
      'Link prefetches a link in view by calling window.docusaurus.prefetch at that moment (not a reference taken earlier); the client entry sets window.docusaurus with a plain assignment before it renders; prefetch remembers routes by the exact string (so a hash or a query makes another route)',
    check() {
      const link = read('@docusaurus/core', 'lib/client/exports/Link.js');
      expect(link).toMatch(/new window\.IntersectionObserver\(/);
      expect(link).toMatch(/window\.docusaurus\.prefetch\(targetLink\)/);
      expect(link).toMatch(/window\.docusaurus\.preload\(targetLink\)/);
      const entry = read('@docusaurus/core', 'lib/client/clientEntry.js');
      expect(entry).toMatch(/window\.docusaurus = docusaurus;[\s\S]*renderApp/);
      const prefetch = read('@docusaurus/core', 'lib/client/docusaurus.js');
      expect(prefetch).toMatch(/fetched\.has\(routePath\)/);
      expect(site('src/clientModules/idlePrefetch.ts')).toMatch(/window\.docusaurus = Object\.freeze\(/);
    },
  },
];

describe('Docusaurus internals the site relies on', () => {
  test.each(RELIANCES.map((reliance) => [reliance.place, reliance] as const))('%s', (_, reliance) => {
    expect(
      installedVersion(reliance.pkg),
      `${reliance.pkg} was upgraded: re-check ${reliance.place}: ${reliance.recheck}; then update its pinned version`,
    ).toBe(reliance.version);
    try {
      reliance.check();
    } catch (error) {
      throw new Error(
        `${reliance.place} relies on ${reliance.pkg} ${reliance.version}, which changed: ${reliance.recheck}.\n${(error as Error).message}`,
      );
    }
  });

  test('every @theme-original wrapper and deep import in the site is listed above', () => {
    // Wrapped the way Docusaurus' documentation shows (MDX components, admonition types): public API.
    const documented = ['src/theme/MDXComponents.tsx', 'src/theme/Admonition/Types.tsx'];
    const listed = [...RELIANCES.map((reliance) => reliance.place), ...documented].join('\n');
    const files = fs
      .readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(tsx?|cjs|mjs)$/.test(file) && !file.includes('__tests__'))
      .map((file) => path.join('src', file).split(path.sep).join('/'));
    const unlisted = files.filter((file) => {
      const source = site(file);
      const relies = /from '@theme-original\/|\/lib\/[\w/]+\.js'|theme-common\/internal'/.test(source);
      const folder = file.replace(/\/index\.tsx?$/, '');
      return relies && !listed.includes(folder);
    });
    expect(unlisted, 'a new reliance on Docusaurus internals: add it to RELIANCES').toEqual([]);
  });
});
