/**
 * The code colours of both modes as one stylesheet, from the site's Prism themes (themeConfig.prism,
 * made AA-readable by ../prismContrast): each token type a class rule under the mode's
 * `html[data-theme]`. Docusaurus sets data-theme before the first paint, so code shows in the right
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

function themeCss(theme: PrismTheme, mode: 'light' | 'dark'): string {
  const root = `html[data-theme='${mode}'] .kia-code`;
  const plain = theme.plain as Style;
  const rules = [`${root}{--code-color:${String(plain.color)};--code-background:${String(plain.backgroundColor)}}`];
  for (const entry of theme.styles) {
    const body = declarations(entry.style as Style);
    if (!body) continue;
    const scopes = entry.languages?.length ? entry.languages.map((language) => `${root}.language-${language}`) : [root];
    const selectors = scopes.flatMap((scope) => entry.types.map((type) => `${scope} .token.${type}`));
    rules.push(`${selectors.join(',')}{${body}}`);
  }
  return rules.join('\n');
}

export function codeColorsCss(light: PrismTheme, dark: PrismTheme): string {
  return `/* Generated from themeConfig.prism by src/lib/highlight/css.ts */\n${themeCss(light, 'light')}\n${themeCss(dark, 'dark')}\n`;
}
