/**
 * The code colours of both modes as one stylesheet, from the site's Prism themes (themeConfig.prism,
 * made AA-readable by ../prismContrast): each token type a class rule, the dark ones under
 * `html[data-theme='dark']`. Docusaurus sets data-theme before the first paint, so code shows in the right
 * colours at once, and a mode switch is a style recalculation, not a re-render.
 */
import type { PrismTheme } from 'prism-react-renderer';

type Style = Record<string, unknown>;

function declarations(style: Style): string {
  return Object.entries(style)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

function themeCss(theme: PrismTheme, root: string, reset = false): string {
  const plain = theme.plain as Style;
  const rules = [`${root}{--code-color:${String(plain.color)};--code-background:${String(plain.backgroundColor)}}`];
  // The dark theme overrides the light base: a token type it does not colour must not keep a light colour.
  if (reset) rules.push(`${root} .token{color:inherit;font-style:normal}`);
  for (const entry of theme.styles) {
    const body = declarations(entry.style as Style);
    if (!body) continue;
    const scopes = entry.languages?.length ? entry.languages.map((language) => `${root}.language-${language}`) : [root];
    const selectors = scopes.flatMap((scope) => entry.types.map((type) => `${scope} .token.${type}`));
    rules.push(`${selectors.join(',')}{${body}}`);
  }
  return rules.join('\n');
}

/**
 * The light theme is the base; the dark one overrides it on screen only, so a page printed in dark mode
 * prints its code in the light colours, like the rest of the page (src/css/print.css).
 */
export function codeColorsCss(light: PrismTheme, dark: PrismTheme): string {
  return [
    '/* Generated from themeConfig.prism by src/lib/highlight/css.ts */',
    themeCss(light, '.kia-code'),
    `@media screen {\n${themeCss(dark, "html[data-theme='dark'] .kia-code", true)}\n}`,
    '',
  ].join('\n');
}
