/** Tiny readers for the built HTML: text, headings and code blocks of a page. */
import fs from 'node:fs';
import path from 'node:path';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decode(html: string): string {
  return html.replace(/&(#x?[0-9a-f]+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

export function stripTags(html: string): string {
  return decode(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''));
}

export interface BuiltPage {
  file: string;
  html: string;
  /** The article only: no navbar, sidebar or footer. */
  main: string;
  text: string;
  headings: string[];
  codeLines: string[];
}

export function readBuiltPage(file: string): BuiltPage {
  const html = fs.readFileSync(file, 'utf8');
  const main = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  const headings = [...main.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => stripTags(m[2] ?? '').trim());
  const codeLines = [...main.matchAll(/<pre\b[^>]*>([\s\S]*?)<\/pre>/g)].flatMap((m) =>
    stripTags(m[1] ?? '').split('\n'),
  );
  return { file, html, main, text: stripTags(main), headings, codeLines };
}

/** build/<slug>.html (trailingSlash: false) or build/<slug>/index.html. */
export function builtPageFile(buildDir: string, permalink: string): string {
  if (permalink === '/') return path.join(buildDir, 'index.html');
  const flat = path.join(buildDir, `${permalink}.html`);
  return fs.existsSync(flat) ? flat : path.join(buildDir, permalink, 'index.html');
}
