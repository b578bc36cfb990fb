/**
 * The one reader of the built site's HTML for every test folder (site, e2e, deploy): files are parsed
 * with parse5 (the WHATWG HTML parsing algorithm, as browsers parse) and read through the small helpers
 * below; no test matches markup with regular expressions. The minifier's unquoted attributes,
 * omitted end tags (`<li>`, `<td>`, `<p>`) and entities are the parser's business, not each test's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlDocument = DefaultTreeAdapterMap['document'];
export type HtmlFragment = DefaultTreeAdapterMap['documentFragment'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlParent = DefaultTreeAdapterMap['parentNode'];

export function parseHtml(html: string): HtmlDocument {
  return parse(html);
}

const parsed = new Map<string, { mtimeMs: number; size: number; document: HtmlDocument }>();

/** A built HTML file, parsed once per version of the file. */
export function readHtml(file: string): HtmlDocument {
  const { mtimeMs, size } = fs.statSync(file);
  const cached = parsed.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.document;
  const document = parseHtml(fs.readFileSync(file, 'utf8'));
  parsed.set(file, { mtimeMs, size, document });
  return document;
}

const isElement = (node: HtmlNode): node is HtmlElement => 'tagName' in node;

function childrenOf(node: HtmlNode): HtmlNode[] {
  if (node.nodeName === 'template' && 'content' in node) return node.content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element under `root` (not `root` itself), in document order. */
export function descendants(root: HtmlParent): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: HtmlNode) => {
    for (const child of childrenOf(node)) {
      if (isElement(child)) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/**
 * The value of an attribute as the browser sees it (entities decoded); `xlink:href` names the
 * namespaced attribute of SVG.
 */
export function attr(element: HtmlElement, name: string): string | undefined {
  const [prefix, local] = name.includes(':') ? name.split(':', 2) : [undefined, name];
  return element.attrs.find((attribute) => attribute.name === local && (attribute.prefix ?? undefined) === prefix)
    ?.value;
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/).includes(name);
}

interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attributes: { name: string; value?: string }[];
}

/** `tag.class#id[name][name=value]`, every part optional. */
function parseCompound(selector: string): Compound {
  const compound: Compound = { classes: [], attributes: [] };
  const parts = selector.match(/^[a-z][\w-]*|\*|[.#][\w-]+|\[[^\]]+\]/gi) ?? [];
  if (parts.join('') !== selector) throw new Error(`Unsupported selector "${selector}"`);
  for (const part of parts) {
    if (part.startsWith('.')) compound.classes.push(part.slice(1));
    else if (part.startsWith('#')) compound.id = part.slice(1);
    else if (part.startsWith('[')) {
      const [name = '', value] = part.slice(1, -1).split('=', 2);
      compound.attributes.push({ name, value: value?.replace(/^["']|["']$/g, '') });
    } else if (part !== '*') compound.tag = part.toLowerCase();
  }
  return compound;
}

function matches(element: HtmlElement, compound: Compound): boolean {
  return (
    (!compound.tag || element.tagName === compound.tag) &&
    (!compound.id || attr(element, 'id') === compound.id) &&
    compound.classes.every((name) => hasClass(element, name)) &&
    compound.attributes.every(({ name, value }) =>
      value === undefined ? attr(element, name) !== undefined : attr(element, name) === value,
    )
  );
}

/**
 * Elements under `root` that match a selector: simple selectors (`pre`, `img.diagram-light`, `#id`,
 * `link[rel=manifest]`), joined by spaces for descendants (`main pre`). Document order, no repeats.
 */
export function selectAll(root: HtmlParent, selector: string): HtmlElement[] {
  const compounds = selector.trim().split(/\s+/).map(parseCompound);
  let scopes: HtmlParent[] = [root];
  let found: HtmlElement[] = [];
  for (const compound of compounds) {
    const seen = new Set<HtmlElement>();
    found = scopes.flatMap((scope) =>
      descendants(scope).filter((element) => {
        if (seen.has(element) || !matches(element, compound)) return false;
        seen.add(element);
        return true;
      }),
    );
    scopes = found;
  }
  return found;
}

export function select(root: HtmlParent, selector: string): HtmlElement | undefined {
  return selectAll(root, selector)[0];
}

const HEADING = /^h([1-6])$/;

/**
 * The section a heading starts: the heading with this id and the elements after it, up to the next
 * heading of its level or above (Docusaurus renders a page's sections flat, as siblings).
 */
export function sectionOf(root: HtmlParent, id: string): HtmlFragment | undefined {
  const heading = descendants(root).find((element) => HEADING.test(element.tagName) && attr(element, 'id') === id);
  const siblings = heading?.parentNode?.childNodes;
  if (!heading || !siblings) return undefined;
  const level = Number(HEADING.exec(heading.tagName)?.[1]);
  const childNodes: HtmlFragment['childNodes'] = [];
  for (const node of siblings.slice(siblings.indexOf(heading))) {
    const other = isElement(node) && node !== heading ? HEADING.exec(node.tagName) : null;
    if (other && Number(other[1]) <= level) break;
    childNodes.push(node);
  }
  return { nodeName: '#document-fragment', childNodes };
}

/** Elements that start a line of their own in the rendered text. */
const BLOCKS = new Set(
  'address article aside blockquote details dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text of a node as a reader sees it: entities decoded, `<br>` and block boundaries as line breaks
 * (so that list items or table cells never run together), whitespace inside `<pre>` kept; no script or
 * style content.
 */
export function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!isElement(node) && node.nodeName !== '#document' && node.nodeName !== '#document-fragment') return '';
  if (isElement(node)) {
    if (NOT_TEXT.has(node.tagName)) return '';
    if (node.tagName === 'br') return '\n';
  }
  const inner = childrenOf(node).map(textOf).join('');
  return isElement(node) && BLOCKS.has(node.tagName) ? `\n${inner}\n` : inner;
}

/** The raw text content of an element (a script's code, exactly as served). */
export function rawText(element: HtmlElement): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** Every element id of a document. */
export function idsOf(root: HtmlParent): Set<string> {
  return new Set(descendants(root).flatMap((element) => attr(element, 'id') ?? []));
}

/** Every URL a document names in a `src` or `href` attribute (SVG's `xlink:href` included). */
export function urlsOf(root: HtmlParent): string[] {
  return descendants(root).flatMap((element) =>
    ['src', 'href', 'xlink:href'].flatMap((name) => attr(element, name) ?? []),
  );
}

/** Local URLs (`/...`, not `//host`) of a document's `src` and `href` attributes. */
export function localUrlsOf(root: HtmlParent): string[] {
  return urlsOf(root).filter((url) => url.startsWith('/') && !url.startsWith('//'));
}

/** The inline scripts of a document (no `src`, no JSON data block): their code as served. */
export function inlineScripts(root: HtmlParent): string[] {
  return selectAll(root, 'script')
    .filter((script) => attr(script, 'src') === undefined)
    .filter((script) => !/^application\/(?:ld\+)?json$/.test(attr(script, 'type') ?? ''))
    .map(rawText);
}

/**
 * Paths of every page in a build's sitemap (`/`, `/ch05-services`, ...). The sitemap is XML of
 * `<url><loc>` elements, which the HTML parser reads as unknown elements with their text.
 */
export function sitemapPaths(buildDir = 'build'): string[] {
  const sitemap = readHtml(path.join(buildDir, 'sitemap.xml'));
  return selectAll(sitemap, 'loc').map((loc) => new URL(textOf(loc).trim()).pathname);
}

/** The text of the first `<h1>` of a built HTML file. */
export function builtH1(file: string): string | undefined {
  const h1 = select(readHtml(file), 'h1');
  return h1 && textOf(h1).trim();
}

export interface BuiltPage {
  file: string;
  document: HtmlDocument;
  /** The article only: no navbar, sidebar or footer. */
  main: HtmlElement;
  /** The article's text (see `textOf`). */
  text: string;
  /** The text of every heading of the article. */
  headings: string[];
  /** Every line of every code block of the article. */
  codeLines: string[];
}

export function readBuiltPage(file: string): BuiltPage {
  const document = readHtml(file);
  const main = select(document, 'article') ?? select(document, 'main') ?? select(document, 'body');
  if (!main) throw new Error(`${file}: no <article>, <main> or <body>`);
  const headings = descendants(main)
    .filter((element) => /^h[1-6]$/.test(element.tagName))
    .map((heading) => textOf(heading).trim());
  const codeLines = selectAll(main, 'pre').flatMap((pre) =>
    textOf(pre)
      .replace(/^\n|\n$/g, '')
      .split('\n'),
  );
  return { file, document, main, text: textOf(main), headings, codeLines };
}

/** build/<slug>.html (trailingSlash: false) or build/<slug>/index.html. */
export function builtPageFile(buildDir: string, permalink: string): string {
  if (permalink === '/') return path.join(buildDir, 'index.html');
  const flat = path.join(buildDir, `${permalink}.html`);
  return fs.existsSync(flat) ? flat : path.join(buildDir, permalink, 'index.html');
}
