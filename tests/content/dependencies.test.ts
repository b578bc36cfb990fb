/**
 * Every package the code imports is declared in package.json, and every declared package is used: by an
 * import, by name in a config, or as a command-line tool the scripts run. Module names that Docusaurus
 * resolves itself (@theme/*, @docusaurus/Link and the other client aliases, @site/*, @generated/*)
 * are not packages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, test } from 'vitest';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);

/** Docusaurus' client module aliases (@docusaurus/Link, @docusaurus/useBaseUrl, ...): capitalised or use*. */
const DOCUSAURUS_ALIAS =
  /^@docusaurus\/(?:[A-Z]|use|router$|renderRoutes$|Head$|constants$|ExecutionEnvironment$|BrowserOnly$|ErrorBoundary$|Interpolate$|Noop$|isInternalUrl$)/;
const VIRTUAL =
  /^(?:@site\/|@theme\/|@theme-original\/|@theme-init\/|@generated\/|@docusaurus\/theme-common\/internal$)/;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', '.docusaurus', 'fixtures'].includes(entry.name) ? [] : sourceFiles(file);
    return /\.(?:ts|tsx|mjs|cjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

const files = [
  ...sourceFiles('src'),
  ...sourceFiles('tests'),
  ...sourceFiles('scripts'),
  'docusaurus.config.ts',
  'sidebars.ts',
  'vitest.config.ts',
  'eslint.config.mjs',
];

function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  if (VIRTUAL.test(specifier) || DOCUSAURUS_ALIAS.test(specifier)) return undefined;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
  if (builtinModules.includes(name)) return undefined;
  // A types-only package (`import type ... from 'mdast'`) is declared as @types/<name>.
  return !declared.has(name) && declared.has(`@types/${name}`) ? `@types/${name}` : name;
}

const imports = new Map<string, string[]>();
for (const file of files) {
  const source = fs.readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:^|[^.\w])(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...source.matchAll(/(?:^|[^.\w])import\s+['"]([^'"]+)['"]/g),
    ...source.matchAll(
      /(?:^|[^.\w])(?:import|require|require\.resolve|resolve)\(\s*(?:\/\*[^*]*\*\/\s*)?['"`]([^'"`$]+)/g,
    ),
    ...source.matchAll(/\bload\(\s*`([^`$]+)/g),
  ].map((match) => match[1] ?? '');
  for (const name of specifiers.map(packageOf).filter((name): name is string => Boolean(name))) {
    imports.set(name, [...(imports.get(name) ?? []), file]);
  }
}

/** Packages used without an import: tools run by name, presets and plugins named in configs, types. */
const USED_OTHERWISE: Record<string, string> = {
  '@docusaurus/core': 'the docusaurus command',
  node: "the runtime: npm scripts run node_modules/.bin/node (Node 24 LTS), not the machine's Node",
  '@docusaurus/faster': 'future.faster in docusaurus.config.ts',
  '@docusaurus/preset-classic': "the 'classic' preset",
  '@docusaurus/theme-mermaid': 'the plain Docusaurus build of the benchmark (tests/bench/plain)',
  '@easyops-cn/docusaurus-search-local': 'the plain Docusaurus build of the benchmark (tests/bench/plain)',
  '@docusaurus/module-type-aliases': 'tsconfig types',
  '@docusaurus/tsconfig': 'tsconfig extends',
  '@docusaurus/theme-classic': 'tsconfig types; its internals are pinned in tests/content/framework-internals.test.ts',
  '@mdx-js/react': "Docusaurus' MDX runtime",
  '@types/js-yaml': 'types',
  '@types/mdast': 'types',
  '@types/node': 'types',
  '@types/react': 'types (React 18, see CONTRIBUTING)',
  '@types/react-dom': 'types',
  'react-dom': "Docusaurus' renderer",
  eslint: 'npm run lint',
  prettier: 'npm run format',
  typescript: 'npm run typecheck',
  vitest: 'npm test',
  playwright: 'mermaid-isomorphic (peer dependency) drives Chromium through it',
  mermaid: 'drawn by mermaid-isomorphic in Chromium; its version keys the renders',
  pagefind: 'the search index step',
  'dependency-cruiser': 'the layers step of npm test (depcruise with .dependency-cruiser.cjs)',
  // Declared by the lead for work in flight on other branches; remove each line once its branch imports it.
};

describe('dependencies', () => {
  test('every imported package is declared in package.json', () => {
    const undeclared = [...imports]
      .filter(([name]) => !declared.has(name))
      .map(([name, where]) => `${name} (${where[0]})`);
    expect(undeclared).toEqual([]);
  });

  test('every declared package is imported or used by name', () => {
    const unused = [...declared].filter((name) => !imports.has(name) && !USED_OTHERWISE[name]);
    expect(unused).toEqual([]);
  });
});
