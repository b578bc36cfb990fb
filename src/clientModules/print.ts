/**
 * Client module: prepares a page for printing (the print stylesheet is src/css/print.css): lazily loaded
 * images are asked for at once so no diagram prints empty, and the page's title goes in the top margin.
 * Folded `<details>` (self-check cards, support files) need nothing here: the print stylesheet shows
 * their content on paper, so `npm run pdf` and a browser's print show the same, whether or not
 * `beforeprint` fires and whatever the reader has folded.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { pageTitleRule } from '../lib/printMargin';

/** Makes lazy images load now: printing does not scroll, so they would stay empty. */
export function loadLazyImages(root: ParentNode): void {
  root.querySelectorAll('img[loading="lazy"]').forEach((image) => image.setAttribute('loading', 'eager'));
}

/**
 * Puts the page's title (its h1) in the top margin. CSS margin boxes take only fixed text, so the rule is
 * made per page, as a constructed style sheet (no <style> element: nothing for the CSP to allow).
 */
function addTitleToMargin(): () => void {
  const title = document.querySelector('main h1')?.textContent?.trim();
  if (!title || !('adoptedStyleSheets' in document)) return () => undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageTitleRule(title));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
  };
}

if (ExecutionEnvironment.canUseDOM) {
  let restore: (() => void)[] = [];
  window.addEventListener('beforeprint', () => {
    if (restore.length) return;
    loadLazyImages(document);
    restore = [addTitleToMargin()];
  });
  window.addEventListener('afterprint', () => {
    restore.forEach((undo) => undo());
    restore = [];
  });
}
