/**
 * Whether React is still hydrating the page the server sent. Docusaurus marks `<html>` with
 * `data-has-hydrated="true"` once the app has hydrated; before that (and on the server) this is true.
 */
export function isHydrating(): boolean {
  return typeof document === 'undefined' || document.documentElement.getAttribute('data-has-hydrated') !== 'true';
}
