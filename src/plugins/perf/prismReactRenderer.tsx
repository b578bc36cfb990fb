/**
 * Stands in for prism-react-renderer in the site's bundles (browser and server render alike, so the
 * two agree; see ./index.ts). The package bundles Prism with about 25 languages and 20 colour themes
 * in one module, about 20 KiB gzip of it on every page; this site highlights bash, yaml, json, docker
 * and nginx (themeConfig.prism.additionalLanguages, added by the theme's prism-include-languages) and
 * two js blocks. This module exports the same `Highlight` render-prop API over Prism's core plus
 * JavaScript. The config still imports the real package's themes in Node.
 */
import './prismManual';
import { useCallback, useMemo, type ReactElement } from 'react';
import clsx from 'clsx';
import type { Token as PrismToken, TokenStream } from 'prismjs';
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

/** An empty line still needs a token, or it collapses. */
function fillEmptyLine(line: Token[]): void {
  if (line.length === 0) line.push({ types: ['plain'], content: '\n', empty: true });
  else if (line.length === 1 && line[0]?.content === '') {
    line[0].content = '\n';
    line[0].empty = true;
  }
}

/** Prism's nested token tree -> lines of flat tokens, each with the types of its ancestors. */
export function normalizeTokens(stream: TokenStream): Token[][] {
  const lines: Token[][] = [[]];
  const visit = (node: TokenStream, inherited: string[], nested: boolean): void => {
    const nodes = Array.isArray(node) ? node : [node];
    for (const item of nodes) {
      let types: string[];
      let content: TokenStream;
      if (typeof item === 'string') {
        types = nested ? inherited : ['plain'];
        content = item;
      } else {
        const token = item as PrismToken;
        types = inherited.at(-1) === token.type ? inherited : [...inherited, token.type];
        const alias = token.alias;
        if (Array.isArray(alias)) types = [...types, ...alias];
        else if (alias && types.at(-1) !== alias) types = [...types, alias];
        content = token.content;
      }
      if (typeof content !== 'string') {
        visit(content, types, true);
        continue;
      }
      const parts = content.split(/\r\n|\r|\n/);
      parts.forEach((part, index) => {
        if (index > 0) {
          fillEmptyLine(lines.at(-1) as Token[]);
          lines.push([]);
        }
        (lines.at(-1) as Token[]).push({ types, content: part });
      });
    }
  };
  visit(stream, [], false);
  fillEmptyLine(lines.at(-1) as Token[]);
  return lines;
}

export function Highlight({
  code,
  language: rawLanguage,
  theme,
  prism = Prism,
  children,
}: HighlightProps): ReactElement {
  const language = rawLanguage.toLowerCase();
  const dictionary = useMemo(() => (theme ? themeDictionary(theme, language) : undefined), [theme, language]);
  const grammar = prism.languages[language];
  const tokens = useMemo(() => {
    if (!grammar) return normalizeTokens(code);
    const env = { code, grammar, language, tokens: [] as TokenStream };
    prism.hooks.run('before-tokenize', env);
    env.tokens = prism.tokenize(code, grammar);
    prism.hooks.run('after-tokenize', env);
    return normalizeTokens(env.tokens);
  }, [code, grammar, language, prism]);

  const getLineProps = useCallback(
    ({ className, style, line: _line, ...rest }: LineInputProps): LineOutputProps => ({
      ...rest,
      className: clsx('token-line', className),
      style: dictionary?.plain || style ? { ...dictionary?.plain, ...style } : undefined,
    }),
    [dictionary],
  );
  const getTokenProps = useCallback(
    ({ token, className, style, ...rest }: TokenInputProps): TokenOutputProps => {
      let tokenStyle: React.CSSProperties | undefined;
      if (dictionary) {
        const block = token.empty ? { display: 'inline-block' } : undefined;
        if (token.types.length === 1 && token.types[0] === 'plain') tokenStyle = block;
        else if (token.types.length === 1 && token.empty) tokenStyle = dictionary[token.types[0] ?? ''];
        else tokenStyle = Object.assign({}, block, ...token.types.map((type) => dictionary[type]));
      }
      return {
        ...rest,
        className: clsx('token', ...token.types, className),
        children: token.content,
        style: style ? { ...tokenStyle, ...style } : tokenStyle,
      };
    },
    [dictionary],
  );

  const props: RenderProps = {
    tokens,
    className: `prism-code language-${language}`,
    style: dictionary?.root ?? {},
    getLineProps,
    getTokenProps,
  };
  return children(props);
}
