/**
 * Stands in for prism-react-renderer in the site's bundles (browser and server render alike, so the
 * two agree; see ./index.ts). The package bundles Prism with about 25 languages and 20 colour themes
 * in one module, about 20 KiB gzip of it on every page; this site highlights bash, yaml, json, docker
 * and nginx (themeConfig.prism.additionalLanguages, added by the theme's prism-include-languages) and
 * two js blocks. This module exports the same `Highlight` render-prop API over Prism's core plus
 * JavaScript, with colours for both modes at once (below). The config still imports the real package's
 * themes in Node.
 */
import './prismManual';
import { useCallback, useMemo, type ReactElement } from 'react';
import clsx from 'clsx';
import { mergeStyles } from './prismColors';
import { usePrismThemes } from './usePrismThemes';
import { normalizeTokens } from './prismTokens';

export { normalizeTokens };
import type { TokenStream } from 'prismjs';
import type {
  HighlightProps,
  LineInputProps,
  LineOutputProps,
  PrismTheme,
  RenderProps,
  Token,
  TokenInputProps,
  TokenOutputProps,
} from 'prism-react-renderer';

type PrismLib = typeof import('prismjs');
type StyleDict = Record<string, React.CSSProperties | undefined>;

/* eslint-disable @typescript-eslint/no-require-imports -- language files patch the global Prism. */
export const Prism = require('prismjs/components/prism-core') as PrismLib;
// The language files read a global `Prism` (the theme's prism-include-languages does the same).
(globalThis as { Prism?: PrismLib }).Prism = Prism;
require('prismjs/components/prism-clike');
require('prismjs/components/prism-javascript');
require('prismjs/components/prism-js-extras');
/* eslint-enable @typescript-eslint/no-require-imports */

/** Empty here: only the config (in Node, with the real package) picks a theme. */
export const themes: Record<string, PrismTheme> = {};

/** Per token type, the theme's style for `language` (Prism themes may restrict entries to languages). */
function themeDictionary(theme: PrismTheme, language: string): StyleDict {
  const dictionary: StyleDict = {};
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    for (const type of entry.types) dictionary[type] = { ...dictionary[type], ...entry.style } as React.CSSProperties;
  }
  dictionary.root = theme.plain as React.CSSProperties;
  dictionary.plain = { ...theme.plain, backgroundColor: undefined } as React.CSSProperties;
  return dictionary;
}

/** A token's style in one theme, as prism-react-renderer computes it. */
function tokenStyle(dictionary: StyleDict, token: Token): React.CSSProperties | undefined {
  const block = token.empty ? { display: 'inline-block' } : undefined;
  if (token.types.length === 1 && token.types[0] === 'plain') return block;
  if (token.types.length === 1 && token.empty) return dictionary[token.types[0] ?? ''];
  return Object.assign({}, block, ...token.types.map((type) => dictionary[type])) as React.CSSProperties;
}

/**
 * prism-react-renderer's render-prop component. One difference: the colours come from both configured
 * themes at once, as light-dark() (see ./prismColors.ts), not from the `theme` prop, so the markup is the
 * same in both colour modes and needs no redraw after hydration.
 */
export function Highlight({ code, language: rawLanguage, prism = Prism, children }: HighlightProps): ReactElement {
  const language = rawLanguage.toLowerCase();
  const themes = usePrismThemes();
  const light = useMemo(() => themeDictionary(themes.light, language), [themes.light, language]);
  const dark = useMemo(() => themeDictionary(themes.dark, language), [themes.dark, language]);
  const grammar = prism.languages[language];
  const tokens = useMemo(() => {
    if (!grammar) return normalizeTokens(code);
    const env = { code, grammar, language, tokens: [] as TokenStream };
    prism.hooks.run('before-tokenize', env);
    env.tokens = prism.tokenize(code, grammar);
    prism.hooks.run('after-tokenize', env);
    return normalizeTokens(env.tokens);
  }, [code, grammar, language, prism]);

  const lineStyle = useMemo(() => mergeStyles(light.plain, dark.plain), [light, dark]);
  const getLineProps = useCallback(
    ({ className, style, line: _line, ...rest }: LineInputProps): LineOutputProps => ({
      ...rest,
      className: clsx('token-line', className),
      style: lineStyle || style ? { ...lineStyle, ...style } : undefined,
    }),
    [lineStyle],
  );
  const getTokenProps = useCallback(
    ({ token, className, style, ...rest }: TokenInputProps): TokenOutputProps => {
      const merged = mergeStyles(tokenStyle(light, token), tokenStyle(dark, token), {
        light: light.plain ?? {},
        dark: dark.plain ?? {},
      });
      return {
        ...rest,
        className: clsx('token', ...token.types, className),
        children: token.content,
        style: style ? { ...merged, ...style } : merged,
      };
    },
    [light, dark],
  );

  const props: RenderProps = {
    tokens,
    className: `prism-code language-${language}`,
    style: mergeStyles(light.root, dark.root) ?? {},
    getLineProps,
    getTokenProps,
  };
  return children(props);
}
