/**
 * Code highlighting at build time: Prism (the copy prism-react-renderer ships, which Docusaurus uses)
 * tokenizes each code block once, in Node, into HTML with token classes; the colours come from one
 * stylesheet made from the site's two Prism themes (./css.ts). The reader's browser runs no
 * highlighter and gets no inline styles.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Prism, normalizeTokens } from 'prism-react-renderer';
import { linesHtml, type WordMark } from '../../highlight/lines';

/** Languages prism-react-renderer does not bundle but the notes use; Prism's own grammar files. */
const EXTRA_LANGUAGES = ['bash', 'docker', 'nginx', 'ini'];

const load = createRequire(path.join(process.cwd(), 'package.json'));
// Prism's grammar files extend a global `Prism` (as Docusaurus' prism-include-languages does in the browser).
(globalThis as { Prism?: typeof Prism }).Prism = Prism;
for (const language of EXTRA_LANGUAGES) load(`prismjs/components/prism-${language}`);

const ALIASES: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  console: 'bash',
  yml: 'yaml',
  dockerfile: 'docker',
};

export function grammarName(language: string | undefined): string | undefined {
  const name = ALIASES[language ?? ''] ?? language;
  return name && Prism.languages[name] ? name : undefined;
}

/**
 * The code as highlighted line markup (plain lines for a language Prism does not know, or `text`), with
 * the marked words (explained command words) as elements of their own.
 */
export function highlightHtml(code: string, language: string | undefined, marks: readonly WordMark[] = []): string {
  const name = grammarName(language);
  const grammar = name ? Prism.languages[name] : undefined;
  if (!name || !grammar) {
    return linesHtml(
      code.split('\n').map((line) => [{ types: ['plain'], content: line }]),
      marks,
    );
  }
  return linesHtml(normalizeTokens(Prism.tokenize(code, grammar)), marks);
}
