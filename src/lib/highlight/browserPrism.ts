/**
 * Stands in for prism-react-renderer in the browser bundle. Code is highlighted at build time
 * (./index.ts), so nothing in the browser tokenizes; but the classic theme's language loader, a client
 * module of every page, still imports the package, which would put Prism and its 25 grammars (about
 * 20 KiB gzip) on every page for nothing. It only needs `Prism.languages` to exist (it loads
 * themeConfig.prism.additionalLanguages into it, and there are none). tests/site/code-blocks.test.ts
 * checks that no Prism reaches the browser and every code block is highlighted.
 */
export const Prism = { languages: {} as Record<string, unknown> };
export const themes = {};
