/**
 * Writes the site's search index with Pagefind, from the built pages: a chunked index under
 * `build/pagefind/`, whose browser code (pagefind.js and its WebAssembly) loads only the chunks a query
 * needs.
 *
 * One record per section, not per page: each page's article is cut at its headings (`##` to `####`, the
 * ones with an id), and every piece is indexed on its own with the section's address (`/ch05-services#get-service`,
 * the page address for the introduction before the first heading), the heading as its title and the page's
 * title as the `page` meta. So Pagefind ranks sections against each other (a short section about a word beats a
 * long page that mentions it), and a result's fragment holds only its section's text: the few results a query
 * shows download a few kilobytes, not whole pages.
 *
 * What is indexed: the `<article>` of every chapter page (docs), without
 * - the YAML of embedded manifests (their file names and object summaries stay): a manifest's `ports:` or
 *   its comments should not outrank the prose and the commands that teach the idea;
 * - command output (```text blocks);
 * - controls (copy, download, collapse buttons, heading hash links, the mobile table of contents).
 *
 * Called by the offline plugin as a step before the precache is listed (see docusaurus.config.ts), so the
 * index files exist when Workbox lists the build folder: no waiting, no polling.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { KUBECTL_VERBS, TYPED_VERBS } from '../../lib/commands/verbs';
import { RESOURCES } from '../../lib/kubectlResources';
import { loadPagefind } from './pagefind';

/** The folder under the build that holds the index and Pagefind's browser code. */
export const SEARCH_DIR = 'pagefind';

/** Parts of an article that are not read as text by a learner looking for a section. */
export const EXCLUDED = [
  '[data-manifest] pre',
  // The rest of a manifest's frame: its path again over the code, Raw and catalog links, how to apply it.
  '[data-manifest] [data-manifest-code]',
  '[data-manifest] a',
  '[data-manifest] p',
  // Command output (```text blocks): tables of names, IPs and ages, not what a learner searches for.
  '.language-text pre',
  '[data-manifest] [role="status"]',
  'button',
  'a.hash-link',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  'nav',
];

/**
 * Index chunk size, in word positions (Pagefind's default is 20000). A query downloads the chunks that hold its
 * words; with this site's ~25000 positions the default makes 2 chunks of ~35 KiB gzip each, this makes ~30 of
 * ~3 KiB. Pagefind reads it from its environment (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`), so the service is
 * started with it set; the check of the index size in tests/site watches the result.
 */
export const INDEX_CHUNK_POSITIONS = 2000;

/** Output files this site never loads. */
const UNUSED_OUTPUT =
  /^pagefind\/(?:pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)|pagefind-worker\.js|wasm\.unknown\.pagefind)$/;

export interface IndexedPage {
  /** Site path of the page: `/ch05-services`, `/` for the home page. */
  url: string;
  /** The built HTML file. */
  file: string;
}

/** One section of a page, as indexed: its address, heading, page title and HTML (heading to next heading). */
export interface SectionRecord {
  url: string;
  title: string;
  page: string;
  html: string;
}

const HEADING = /<h([2-4])\b[^>]*?\sid=("[^"]*"|'[^']*'|[^\s>]+)[^>]*>([\s\S]*?)<\/h\1>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The text of an HTML snippet: tags dropped, the common entities decoded, the hash link's zero-width space gone. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Tags that start a block: a reader sees a break there even where the minified HTML has no space and leaves
 * out the closing tags (`<td>a<td>b`).
 */
const BLOCK_START = /<(?:p|li|td|th|tr|dt|dd|div|pre|figcaption|summary|blockquote|h[1-6])\b/g;

/**
 * Ids inside a section (cards, manifests): Pagefind would list each as an anchor in the fragment, and the
 * search box opens the section's heading anyway.
 */
const ELEMENT_ID = /(?<=<[a-z][a-z0-9]*\b[^<>]*)\sid=(?:"[^"]*"|'[^']*'|[^\s>]+)/g;

const TAGS = '(?:<[^>]*>)*';

/**
 * A kubectl command written with the notes' `k` alias, at the start of a code line or inline code (in both,
 * `k` is an explained word: a link of its own).
 */
const K_ALIAS = new RegExp(
  `((?:<span class=["']?code-line["']?>|<code>)(?:<a [^>]*>)?)k(</a>)? (?=${TAGS}(?:${[...KUBECTL_VERBS].join('|')})\\b)`,
  'g',
);
const SHORT_NAMES = new Map(RESOURCES.flatMap((resource) => resource.short.map((short) => [short, resource.plural])));
/** `kubectl get rs`, `kubectl describe svc kubia`: a short name as the type of a kubectl verb (tags between). */
const SHORT_TYPE = new RegExp(
  `(\\bkubectl${TAGS}\\s+${TAGS}(?:${[...TYPED_VERBS].join('|')})${TAGS}\\s+${TAGS})(${[...SHORT_NAMES.keys()].join('|')})(?![\\w-])`,
  'g',
);

/**
 * The HTML of a section as it is indexed: a space before each block (or adjacent table cells run together into
 * one word, `containerresourceFieldRef`); the `k` alias written as `kubectl` and a short name in a kubectl
 * command as its resource type's name (`kubectl get rs` -> `kubectl get replicasets`), the words the search
 * box sends for `k` and `rs` (src/lib/searchResults.ts, from the same table of kinds).
 */
export function forIndex(html: string): string {
  return html
    .replace(ELEMENT_ID, '')
    .replace(BLOCK_START, ' $&')
    .replace(K_ALIAS, '$1kubectl$2 ')
    .replace(SHORT_TYPE, (_, command: string, short: string) => `${command}${SHORT_NAMES.get(short) ?? short}`);
}

/**
 * The sections of a built page: the `<article>` cut before each `h2`-`h4` with an id. The pieces are siblings
 * in the page's content, so each is well-formed on its own; the first (title, introduction) keeps the page's
 * address. Each record's HTML is a small document Pagefind reads like a page: the heading as its `h1`, the
 * page title as meta.
 */
export function splitSections(html: string, pageUrl: string): SectionRecord[] {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>', start);
  if (start < 0 || end < 0) throw new Error(`kia-search: ${pageUrl}: no <article> in the built page`);
  const article = html.slice(start, end);
  const page = textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(article)?.[1] ?? '') || pageUrl;
  const cuts = [...article.matchAll(HEADING)].map((match) => ({
    at: match.index ?? 0,
    after: (match.index ?? 0) + match[0].length,
    id: (match[2] ?? '').replace(/^["']|["']$/g, ''),
    title: textOf(match[3] ?? ''),
  }));
  const pieces = [{ at: 0, after: 0, id: '', title: page }, ...cuts];
  // Reading order: chapter, then section. The home page is an overview of all chapters: it counts as read last.
  const chapter = Number(/^\/?ch(\d+)/.exec(pageUrl.replace(/^.*\//, '/'))?.[1] ?? 99);
  return pieces.flatMap((piece, index) => {
    const body = forIndex(article.slice(piece.after, pieces[index + 1]?.at ?? article.length));
    // A heading followed at once by its first subheading has no text of its own: its subsections answer.
    if (piece.id && !textOf(body)) return [];
    const url = piece.id ? `${pageUrl}#${piece.id}` : pageUrl;
    return {
      url,
      title: piece.title,
      page,
      html:
        `<!doctype html><html lang="en"><head><title>${escapeText(piece.title)}</title></head>` +
        `<body><article data-pagefind-meta="page:${escapeAttribute(page)}">` +
        `<h1 data-pagefind-meta="order:${chapter * 1000 + index}">${escapeText(piece.title)}</h1>${body}` +
        `</article></body></html>`,
    };
  });
}

function filesUnder(dir: string, prefix: string): Promise<string[]> {
  return fs.readdir(dir, { withFileTypes: true }).then(async (entries) => {
    const lists = await Promise.all(
      entries.map((entry) =>
        entry.isDirectory()
          ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
          : Promise.resolve([`${prefix}${entry.name}`]),
      ),
    );
    return lists.flat();
  });
}

/**
 * Indexes `pages` and writes the index to `<outDir>/pagefind`. Returns the files written, relative to outDir
 * (`pagefind/pagefind.js`, ...), for the precache. Fails naming the page Pagefind could not read.
 */
export async function writeSearchIndex(outDir: string, pages: readonly IndexedPage[]): Promise<string[]> {
  const pagefind = await loadPagefind();
  // The service process starts with the first call and inherits the environment then.
  const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_POSITIONS);
  const { index, errors } = await pagefind
    .createIndex({ rootSelector: 'article', excludeSelectors: EXCLUDED, forceLanguage: 'en' })
    .finally(() => {
      if (before === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
      else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = before;
    });
  if (!index) throw new Error(`kia-search: Pagefind did not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const content = await fs.readFile(page.file, 'utf8').catch(() => {
        throw new Error(`kia-search: no built page ${page.file} for ${page.url}`);
      });
      for (const section of splitSections(content, page.url)) {
        const added = await index.addHTMLFile({ url: section.url, content: section.html });
        if (added.errors.length > 0) throw new Error(`kia-search: ${section.url}: ${added.errors.join('; ')}`);
      }
    }
    const outputPath = path.join(outDir, SEARCH_DIR);
    await fs.rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`kia-search: writing the index: ${written.errors.join('; ')}`);
    const files = (await filesUnder(outputPath, `${SEARCH_DIR}/`)).sort();
    // Pagefind also writes its ready-made UIs, its web worker and the code for pages of no known language:
    // this site uses none of them (the search box runs Pagefind on the page's thread), and the precache
    // should not carry them.
    const unused = files.filter((file) => UNUSED_OUTPUT.test(file));
    await Promise.all(unused.map((file) => fs.rm(path.join(outDir, file))));
    return files.filter((file) => !unused.includes(file));
  } finally {
    await pagefind.close();
  }
}
