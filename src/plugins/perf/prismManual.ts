/**
 * Evaluated before prismjs's core (see ./prismReactRenderer.tsx): Prism highlights every
 * `code[class*=language-]` element on its own once the page has loaded unless `Prism.manual` is set
 * first. That would rewrite the server-rendered code blocks under React's feet.
 */
const scope = globalThis as { Prism?: { manual?: boolean } };
scope.Prism = { ...scope.Prism, manual: true };

export {};
