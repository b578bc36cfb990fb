/**
 * Builds build/search-index.json in the format @easyops-cn/docusaurus-search-local's browser code loads
 * (five lunr indexes: page titles, headings, descriptions, keywords, section contents), with three changes
 * to what the plugin's own postBuild would write:
 *
 * 1. Sections split at every heading level the pages use (h2-h6), not only h1-h3: the chapters put most
 *    commands under `###` and `####`, and a result must land on the section that holds the command.
 * 2. Words are read by src/lib/searchTerms.ts: parts of punctuated words and multi-word type names are
 *    indexed, and in section-level indexes (headings, contents) every word also stands for its synonyms
 *    (`k` <-> `kubectl`, `svc` <-> `service` <-> `services`). Synonyms are expanded at index time, so the
 *    browser code runs unchanged and a query needs no rewriting. Page-level indexes (titles, descriptions)
 *    stay literal: a page-level hit lands on the top of a page, and short names are command words that should
 *    land on the section running the command.
 * 3. Each section's commands (src/lib/commandIndex.ts) are indexed again in a boosted field, so a query that
 *    names a command (`port-forward`, `rollout undo`) ranks the sections that run it above sections that only
 *    mention the words.
 *
 * Stop words are kept (`get` in `kubectl get endpoints` is the point of the query); the browser side is told
 * so by the plugin option `removeDefaultStopWordFilter`.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { indexWords, synonymsOf } from '../../lib/searchTerms';

/** The parts of lunr 2.3 this builder uses (lunr ships no types, and @types/lunr is not installed). */
export interface LunrToken {
  toString(): string;
  metadata: Record<string, unknown>;
  clone(fn?: (value: string) => string): LunrToken;
}
export interface LunrBuilder {
  pipeline: { remove(fn: unknown): void; add(...fns: unknown[]): void; reset(): void };
  searchPipeline: { reset(): void; add(...fns: unknown[]): void };
  tokenizer: (value: unknown, metadata?: Record<string, unknown>) => LunrToken[];
  metadataWhitelist: string[];
  ref(name: string): void;
  field(name: string, attributes?: { boost?: number }): void;
  add(doc: Record<string, unknown>): void;
}
export interface Lunr {
  (config: (this: LunrBuilder, builder: LunrBuilder) => void): { toJSON(): unknown };
  Token: new (value: string, metadata: Record<string, unknown>) => LunrToken;
  Pipeline: { registerFunction(fn: unknown, label: string): void };
  stemmer: ((token: LunrToken) => LunrToken) & { label?: string };
  trimmer: unknown;
  stopWordFilter: unknown;
  version: string;
}

/** Document shapes of search-local 0.55 (see its dist/shared/interfaces). */
export interface SearchDocument {
  /** id */
  i: number;
  /** text */
  t: string;
  /** url */
  u: string;
  /** hash (`#anchor`) */
  h?: string;
  /** id of the page's title document */
  p?: number;
  /** breadcrumb */
  b?: string[];
  /** title of the section or page the text belongs to */
  s?: string;
}

export interface ParsedSection {
  title: string;
  /** `#anchor`, or '' for the text before the first heading. */
  hash: string;
  content: string;
}

export interface ParsedPage {
  url: string;
  pageTitle: string;
  description: string;
  keywords: string;
  breadcrumb: string[];
  sections: ParsedSection[];
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

// Block elements get spaces around their text so words of adjacent blocks do not run together.
const BLOCK_TAGS = new Set(
  'address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section table ul td th tr summary'.split(
    ' ',
  ),
);

function condensedText(nodes: AnyNode[]): string {
  const text = (node: AnyNode): string => {
    if (node.type === 'text') return node.data;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (node.type !== 'tag') return '';
      if (node.name === 'br') return ' ';
      // A <summary> lays its parts out side by side (a manifest's file name, then its objects): keep them apart.
      const inner = node.children.map(text).join(node.name === 'summary' ? ' ' : '');
      return BLOCK_TAGS.has(node.name) ? ` ${inner} ` : inner;
    }
    return '';
  };
  return nodes.map(text).join('').replace(/\s+/g, ' ').trim();
}

/** Reads one built doc page into its sections, the way search-local's parseDocument does but at every level. */
export function parseDocPage($: CheerioAPI, url: string): ParsedPage {
  // Buttons (copy, download, collapse) and heading hash links are controls, not content.
  $('article button, article a.hash-link, article .theme-doc-toc-mobile').remove();
  const $title = $('article h1').first();
  const pageTitle = $title.text().trim();
  const breadcrumb: string[] = [];
  const activeNavbar = $('.navbar__link--active').first().text().trim();
  if (activeNavbar) breadcrumb.push(activeNavbar);
  $('.main-wrapper .menu')
    .first()
    .find('.menu__list-item-collapsible .menu__link--active')
    .each((_, element) => {
      const label = $(element).text().trim();
      // The navbar item and the sidebar category are both "Chapters": say it once.
      if (label && label !== breadcrumb[breadcrumb.length - 1]) breadcrumb.push(label);
    });

  const sections: ParsedSection[] = [];
  // The text between the page title and the first heading: the title's own section.
  const $header = $title.parent().is('header') ? $title.parent() : $title;
  const intro = $header.nextUntil(HEADINGS).get();
  sections.push({ title: pageTitle, hash: '', content: condensedText(intro) });
  $('article')
    .find('h2, h3, h4, h5, h6')
    .each((_, element) => {
      const $heading = $(element);
      const id = $heading.attr('id');
      if (!id) return;
      sections.push({
        title: $heading.text().trim(),
        hash: `#${id}`,
        content: condensedText($heading.nextUntil(HEADINGS).get()),
      });
    });
  return {
    url,
    pageTitle,
    description: $('meta[name="description"]').attr('content') ?? '',
    keywords: ($('meta[name="keywords"]').attr('content') ?? '').replace(/,/g, ', '),
    breadcrumb,
    sections,
  };
}

export interface IndexInput {
  pages: ParsedPage[];
  /** Commands of each section, by `url#anchor` (`url` alone before the first heading). */
  commandsBySection: Map<string, string[]>;
  /**
   * Field boost of the commands field. 2 lets a section that runs the command outrank a longer section that
   * uses the same words more often in prose, without drowning prose-only queries.
   */
  commandBoost?: number;
}

/** The five document lists, in search-local's order. */
export function searchDocuments(pages: ParsedPage[]): SearchDocument[][] {
  const titles: SearchDocument[] = [];
  const headings: SearchDocument[] = [];
  const descriptions: SearchDocument[] = [];
  const keywords: SearchDocument[] = [];
  const contents: SearchDocument[] = [];
  let nextId = 0;
  for (const page of pages) {
    const titleId = (nextId += 1);
    titles.push({ i: titleId, t: page.pageTitle, u: page.url, b: page.breadcrumb });
    if (page.description)
      descriptions.push({ i: titleId, t: page.description, s: page.pageTitle, u: page.url, p: titleId });
    if (page.keywords) keywords.push({ i: titleId, t: page.keywords, s: page.pageTitle, u: page.url, p: titleId });
    for (const section of page.sections) {
      if (section.hash) {
        headings.push({ i: (nextId += 1), t: section.title, u: page.url, h: section.hash, p: titleId });
      }
      if (section.content) {
        contents.push({
          i: (nextId += 1),
          t: section.content,
          s: section.title || page.pageTitle,
          u: page.url,
          h: section.hash,
          p: titleId,
        });
      }
    }
  }
  return [titles, headings, descriptions, keywords, contents];
}

/** Which of the five indexes expand synonyms: headings and contents, the ones that land on a section. */
const WITH_SYNONYMS = [false, true, false, false, true];

export function buildSearchIndex(
  lunr: Lunr,
  input: IndexInput,
): Array<{ documents: SearchDocument[]; index: unknown }> {
  const tokenizer = (value: unknown, metadata: Record<string, unknown> = {}): LunrToken[] => {
    if (value === null || value === undefined) return [];
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    return indexWords(text).map(
      (word, index) => new lunr.Token(word.term, { ...metadata, position: [word.start, word.length], index }),
    );
  };
  const stem = (term: string) => lunr.stemmer(new lunr.Token(term, {})).toString();
  const expander = (synonyms: boolean) => {
    // One token in, the stemmed forms of it and (in section-level indexes) its synonyms out, deduplicated so a
    // synonym does not count twice towards the term frequency.
    const fn = (token: LunrToken): LunrToken[] => {
      const term = token.toString();
      const forms = new Set([term, ...(synonyms ? synonymsOf(term) : [])].map(stem));
      return [...forms].map((form) => token.clone(() => form));
    };
    return fn;
  };
  const expandWithSynonyms = expander(true);
  const expandLiteral = expander(false);
  // Registered so lunr does not warn; these run at build time only (the browser loads the search pipeline,
  // which stays lunr's stemmer).
  lunr.Pipeline.registerFunction(expandWithSynonyms, 'kiaExpandWithSynonyms');
  lunr.Pipeline.registerFunction(expandLiteral, 'kiaExpandLiteral');

  const byHref = input.commandsBySection;
  const boost = input.commandBoost ?? 2;
  return searchDocuments(input.pages).map((documents, type) => {
    const isContents = type === 4;
    const index = lunr(function build() {
      this.pipeline.reset();
      this.pipeline.add(WITH_SYNONYMS[type] ? expandWithSynonyms : expandLiteral);
      this.tokenizer = tokenizer;
      this.ref('i');
      this.field('t');
      if (isContents) this.field('c', { boost });
      this.metadataWhitelist = ['position'];
      for (const doc of documents) {
        const commands = isContents ? (byHref.get(`${doc.u}${doc.h ?? ''}`) ?? []) : [];
        this.add({ i: String(doc.i), t: doc.t, ...(isContents ? { c: commands.join(' \n ') } : {}) });
      }
    });
    return { documents, index: index.toJSON() };
  });
}
