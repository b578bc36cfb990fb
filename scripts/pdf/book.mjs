/**
 * The pure parts of `npm run pdf` (scripts/pdf/index.mjs): which pages, in which order, under which file
 * names, and where a link in a PDF points. Read from the built HTML, so the PDFs follow the sidebar and
 * the address the site was built for (SITE_URL, BASE_URL) without a second list to keep in sync.
 */
import { pdfFileName } from '../../src/lib/pdf/files.mjs';

/** The PDFs' names, shared with the PdfLink component. */
export { BOOK_FILE, PDF_DIR, isChapter, pdfFileName } from '../../src/lib/pdf/files.mjs';

/** The `href` values of the anchors in `html`, attribute quoted or not (Docusaurus minifies its HTML). */
function hrefs(html) {
  return [...html.matchAll(/<a\b[^>]*?\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
}

/**
 * The pages of the docs sidebar in order (intro, chapters, reference pages), as paths with the base
 * path, from a built page's HTML. Throws if the page has no sidebar.
 */
export function sidebarPages(html) {
  const start = html.indexOf('theme-doc-sidebar-menu');
  if (start < 0) throw new Error('No docs sidebar (theme-doc-sidebar-menu) in the page: cannot tell the book order.');
  const end = html.indexOf('</nav>', start);
  const pages = hrefs(html.slice(start, end < 0 ? undefined : end)).filter((href) => href.startsWith('/'));
  return [...new Set(pages.map((href) => href.replace(/[?#].*$/, '')))];
}

/** The public address of the site's root (`https://host/kia/`), from the home page's canonical link. */
export function siteRootFrom(html) {
  const link = /<link\b[^>]*\brel=(?:"canonical"|canonical)[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref=(?:"([^"]*)"|([^\s>]+))/.exec(link);
  const url = href?.[1] ?? href?.[2];
  if (!url) throw new Error('No <link rel="canonical"> in the home page: cannot tell the site address.');
  return new URL(url).href.replace(/\/?$/, '/');
}

/** The id a page gets as a section of the whole-site PDF (`book-ch05-services`). */
export function sectionId(route) {
  return `book-${pdfFileName(route).replace(/\.pdf$/, '')}`;
}

/**
 * Where a link of a printed page points in the PDF. `href` is absolute (as the browser resolved it on
 * the local server at `serverRoot`). A page that is part of the same PDF becomes an anchor in it; any
 * other page or file of the site becomes its public address under `siteRoot`; other hosts stay as
 * they are.
 *
 * @param {string} href
 * @param {{ serverRoot: string, siteRoot: string, inPdf: ReadonlySet<string> }} where
 *   `inPdf`: paths (with the base path) of the pages this PDF holds.
 */
export function pdfLink(href, { serverRoot, siteRoot, inPdf }) {
  if (!href.startsWith(serverRoot)) return href;
  const url = new URL(href);
  const route = url.pathname.replace(/\.html$/, '');
  if (inPdf.has(route)) return url.hash || `#${sectionId(route)}`;
  const base = new URL(serverRoot).pathname;
  return new URL(`${url.pathname.slice(base.length)}${url.search}${url.hash}`, siteRoot).href;
}
