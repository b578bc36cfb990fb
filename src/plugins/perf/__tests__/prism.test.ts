/**
 * The trimmed prism-react-renderer stand-in (../prismReactRenderer.tsx) must highlight exactly like the
 * real package: its token normalisation is compared with the package's on every code block of docs/ and
 * every file under manifests/, and the two-mode colour merge is checked on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { normalizeTokens as packageNormalizeTokens } from 'prism-react-renderer';
import type { Grammar } from 'prismjs';
import { normalizeTokens } from '../prismTokens';
import { mergeStyles } from '../prismColors';
import { codeBlocks, parsePage } from '../../../lib/mdast';

const require = createRequire(import.meta.url);
type PrismLib = typeof import('prismjs');
/* The language files patch the global Prism that prism-core sets up in Node. */
const Prism = require('prismjs/components/prism-core') as PrismLib;
for (const language of ['clike', 'javascript', 'js-extras', 'bash', 'yaml', 'json', 'docker', 'nginx']) {
  require(`prismjs/components/prism-${language}`);
}

const LANGUAGE_OF_EXTENSION: Record<string, string> = {
  yml: 'yaml',
  yaml: 'yaml',
  sh: 'bash',
  conf: 'nginx',
  json: 'json',
};

function samples(): { name: string; language: string; code: string }[] {
  const docs = fs.readdirSync('docs').filter((file) => file.endsWith('.mdx'));
  const fromDocs = docs.flatMap((file) =>
    codeBlocks(parsePage(fs.readFileSync(path.join('docs', file), 'utf8'))).map((block, index) => ({
      name: `docs/${file} #${index}`,
      language: block.lang ?? 'text',
      code: block.value,
    })),
  );
  const manifests: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else manifests.push(file);
    }
  };
  walk('manifests');
  const fromManifests = manifests.map((file) => ({
    name: file,
    language:
      path.basename(file) === 'Dockerfile' ? 'docker' : (LANGUAGE_OF_EXTENSION[path.extname(file).slice(1)] ?? 'text'),
    code: fs.readFileSync(file, 'utf8').replace(/\n$/, ''),
  }));
  return [...fromDocs, ...fromManifests];
}

describe('Prism stand-in', () => {
  const all = samples();

  test('the notes have code in the languages the stand-in loads', () => {
    const languages = new Set(all.map((sample) => sample.language));
    for (const language of ['bash', 'yaml', 'text']) expect(languages).toContain(language);
    const unknown = [...languages].filter(
      (language) => !['text', 'mermaid'].includes(language) && !Prism.languages[language],
    );
    expect(unknown).toEqual([]);
  });

  test.each(all.map((sample) => [sample.name, sample] as const))(
    '%s: same lines and tokens as prism-react-renderer',
    (_name, sample) => {
      const grammar = Prism.languages[sample.language] as Grammar | undefined;
      const stream = () => (grammar ? Prism.tokenize(sample.code, grammar) : [sample.code]);
      expect(normalizeTokens(stream())).toEqual(packageNormalizeTokens(stream()));
    },
  );
});

describe('colours for both modes', () => {
  test('equal colours stay as they are, different ones become light-dark()', () => {
    expect(mergeStyles({ color: '#111' }, { color: '#111' })).toEqual({ color: '#111' });
    expect(mergeStyles({ color: '#111', backgroundColor: '#fff' }, { color: '#eee', backgroundColor: '#000' })).toEqual(
      {
        color: 'light-dark(#111, #eee)',
        backgroundColor: 'light-dark(#fff, #000)',
      },
    );
  });

  test('a colour set in one mode only falls back to what the element shows without it', () => {
    expect(mergeStyles({ color: '#a00' }, undefined, { light: { color: '#111' }, dark: { color: '#eee' } })).toEqual({
      color: 'light-dark(#a00, #eee)',
    });
    expect(mergeStyles(undefined, undefined)).toBeUndefined();
    expect(mergeStyles({ color: '#111', backgroundColor: undefined }, { color: '#111' })).toEqual({ color: '#111' });
  });

  test('other properties keep the light theme’s value (they cannot follow the mode inline)', () => {
    expect(mergeStyles({ color: '#111', fontStyle: 'italic' }, { color: '#111' })).toEqual({
      color: '#111',
      fontStyle: 'italic',
    });
    expect(mergeStyles({ display: 'inline-block' }, { display: 'inline-block' })).toEqual({ display: 'inline-block' });
  });
});
