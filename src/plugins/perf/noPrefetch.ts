/**
 * Stands in for @docusaurus/core's client/prefetch.js (see ./index.ts): Docusaurus calls it for every
 * internal link that scrolls into view, to fetch that route's chunks ahead of a click. Here the service
 * worker precaches the whole site once the first page is idle, so those downloads only doubled the first
 * visit's traffic (every chapter's content chunk, from the sidebar) and competed with the page itself.
 * Hover and touch still preload the route a reader is about to open.
 */
export default function prefetch(_url: string): Promise<void> {
  return Promise.resolve();
}
