/**
 * The theme's hook for loading Prism languages in the browser (Docusaurus documents swizzling it to add
 * languages). This site highlights every code block at build time (src/lib/highlight), so the browser
 * loads none: left as it was, the hook's dynamic `require` of `prismjs/components/*` would still bundle
 * Prism's 23 KB language table into every page.
 */
export default function prismIncludeLanguages(): void {}
