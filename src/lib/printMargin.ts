/** The `@page` rules that put a title in the printed page's top margin (src/clientModules/print.ts). */

/** A CSS string literal: the text in double quotes, with quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\r\n]+/g, ' ')}"`;
}

/** The `@page` rule that prints `title` in the top margin of every page. */
export function pageTitleRule(title: string): string {
  return `@page { @top-center { content: ${cssString(title)}; font-size: 9pt; color: #525860; } }`;
}
