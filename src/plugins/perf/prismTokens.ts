/**
 * Prism's nested token tree turned into lines of flat tokens, exactly as prism-react-renderer does it
 * (./__tests__/prism.test.ts compares the two on every code block and manifest of the notes).
 */
import type { Token as PrismToken, TokenStream } from 'prismjs';
import type { Token } from 'prism-react-renderer';

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
