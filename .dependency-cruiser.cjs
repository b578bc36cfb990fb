/**
 * The layers of the code, by where it runs, and the directions they may import in (run by `npm test`
 * as the "layers" step: `npx depcruise src scripts tests docusaurus.config.ts --config .dependency-cruiser.cjs`).
 *
 *   pure     src/lib/ (but its build/ and browser/), src/data/: no Node, no DOM, no React, no Docusaurus.
 *            Runs anywhere: in the build, in the browser, in tests.
 *   build    src/lib/build/, src/plugins/ (but their client/), src/remark/, scripts/, docusaurus.config.ts, sidebars.ts:
 *            Node (files, child processes, Chromium), at build time only.
 *   browser  src/lib/browser/, src/components/, src/theme/, src/pages/, src/clientModules/, src/plugins/<name>/client/
 *            (a plugin's client modules): DOM, React,
 *            Docusaurus' client API; bundled for the reader's browser (and rendered to HTML on the server).
 *
 *   pure <- build, pure <- browser; build and browser never import each other, pure imports neither.
 * Type-only imports count too: a type belongs to the lowest layer that uses it. Tests (tests/,
 * __tests__/) may import any layer.
 */
const PURE = '^src/(lib/(?!build/|browser/)|data/)';
const BUILD =
  '^(src/lib/build/|src/plugins/(?![^/]+/client/)|src/remark/|scripts/|docusaurus\\.config\\.ts$|sidebars\\.ts$)';
const BROWSER =
  '^(src/lib/browser/|src/components/|src/theme/|src/pages/|src/clientModules/|src/plugins/[^/]+/client/)';
const TESTS = '(^tests/|/__tests__/)';
/** Packages that only make sense in the browser (React, Docusaurus' client API and theme). */
const BROWSER_PACKAGES =
  '^node_modules/(react|react-dom|@docusaurus/(core/lib/client|theme-common|theme-classic|plugin-pwa/lib/client|plugin-content-docs/lib/client))/';
/** Docusaurus' Node side (its utilities, plugin APIs, bundler). */
const DOCUSAURUS_NODE = '^node_modules/@docusaurus/(utils|utils-validation|types|bundler|core/lib/(?!client))';

module.exports = {
  forbidden: [
    {
      name: 'aliases-resolve',
      comment:
        'Docusaurus aliases resolve only in its bundler: @theme/, @theme-original/, @generated/ and the client API ' +
        '(@docusaurus/Link, useGlobalData...) are browser code, allowed only there.',
      severity: 'error',
      from: { pathNot: [BROWSER, TESTS] },
      to: {
        couldNotResolve: true,
        path: '^@(theme|theme-original|theme-init|generated|docusaurus)/',
        pathNot: '^@docusaurus/types$',
      },
    },
    {
      name: 'pure-imports-no-node',
      comment:
        'src/lib/ (pure) runs in the browser too: Node modules belong in src/lib/build/. One known exception: ' +
        'src/lib/kubectl/fig.ts loads the fig kubectl spec with require (the package exports only its index); ' +
        'the kubectl model and the command modules that use it run at build only, and moving them to ' +
        'src/lib/build/ is still to do.',
      severity: 'error',
      from: { path: PURE, pathNot: [TESTS, '^src/lib/kubectl/fig[.]ts$'] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-imports-no-framework',
      comment:
        'src/lib/ (pure) knows no React or Docusaurus: browser code goes in src/lib/browser/, build code in src/lib/build/.',
      severity: 'error',
      from: { path: PURE, pathNot: TESTS },
      to: { path: [BROWSER_PACKAGES, DOCUSAURUS_NODE, '^node_modules/@docusaurus/'] },
    },
    {
      name: 'pure-imports-only-pure',
      comment: 'src/lib/ (pure) is the bottom layer: it imports no build or browser module.',
      severity: 'error',
      from: { path: PURE, pathNot: TESTS },
      to: { path: [BUILD, BROWSER] },
    },
    {
      name: 'lib-imports-only-lib',
      comment:
        'src/lib/ (every layer of it) is shared code: it imports no plugin, remark plugin, component, theme part or script.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: TESTS },
      to: { path: '^(src/(remark|plugins|components|theme|pages|clientModules)/|scripts/)' },
    },
    {
      name: 'build-imports-no-browser',
      comment: 'Build code (Node) does not import browser code: share it through src/lib/ (pure).',
      severity: 'error',
      from: { path: BUILD, pathNot: TESTS },
      to: { path: BROWSER },
    },
    {
      name: 'browser-imports-no-build',
      comment: 'Browser code does not import build code (Node): share it through src/lib/ (pure).',
      severity: 'error',
      from: { path: BROWSER, pathNot: TESTS },
      to: { path: [BUILD, DOCUSAURUS_NODE] },
    },
    {
      name: 'browser-imports-no-node',
      comment: 'Browser code cannot use Node modules.',
      severity: 'error',
      from: { path: BROWSER, pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|build-[^/]*|\\.docusaurus[^/]*|tests/bench/plain)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
