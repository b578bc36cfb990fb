/**
 * Whether React is still hydrating the page the server sent. Docusaurus marks `<html>` with
 * `data-has-hydrated="true"` once the app has hydrated; before that (and on the server) this is true.
 */
export function isHydrating(): boolean {
  return typeof document === 'undefined' || document.documentElement.getAttribute('data-has-hydrated') !== 'true';
}

/** Resolves once React has hydrated the page (at once after that, and never on the server). */
export function whenHydrated(): Promise<void> {
  return new Promise((resolve) => {
    if (!isHydrating()) return resolve();
    const root = document.documentElement;
    const observer = new MutationObserver(() => {
      if (isHydrating()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-has-hydrated'] });
    return undefined;
  });
}
