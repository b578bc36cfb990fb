/**
 * The body of a docs page in the browser (see src/plugins/pageContent). A page reached by client-side
 * navigation gets its body before it shows: the page module awaits it. The page a reader opens first
 * adopts the HTML the server sent (src/theme/MDXContent), so its body is not downloaded; should React
 * render it later (the reader comes back to it by client-side navigation), it loads then, and is
 * fetched as soon as the reader leaves the page.
 */
import React, { lazy, useLayoutEffect, type ComponentType, type ReactNode } from 'react';
import { isHydrating } from './hydration';

type Body = ComponentType<Record<string, unknown>>;
type BodyModule = { default: Body };

/** Body loaders of adopted pages, by doc id. */
const deferred = new Map<string, () => Promise<BodyModule>>();

/** The attribute that names the doc of the content the server rendered (set by src/theme/MDXContent). */
export const DOC_ID_ATTRIBUTE = 'data-doc-id';

/**
 * Whether the page being hydrated is this doc's, with the HTML the server rendered for it: its content is
 * adopted, not rendered. Not so in the development server, which renders in the browser only.
 */
export function adoptsServerHtml(docId: string): boolean {
  if (typeof document === 'undefined' || !isHydrating()) return false;
  return Array.from(document.querySelectorAll(`[${DOC_ID_ATTRIBUTE}]`)).some(
    (element) => element.getAttribute(DOC_ID_ATTRIBUTE) === docId,
  );
}

/**
 * Renders `children` in place of adopted server HTML: the server's `nodes` are removed in the same commit
 * that puts the children in (a layout effect, before paint), so nothing moves or shows twice.
 */
export function ReplaceServerHtml({ nodes, children }: { nodes: ChildNode[]; children: ReactNode }): ReactNode {
  useLayoutEffect(() => nodes.forEach((node) => node.remove()), [nodes]);
  return children;
}

/** A body that is loaded when first rendered, or when `preloadPageBody` is called. */
function deferredBody(docId: string, load: () => Promise<BodyModule>): Body {
  let loaded: Body | undefined;
  let loading: Promise<BodyModule> | undefined;
  const start = () => {
    loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    });
    return loading;
  };
  deferred.set(docId, start);
  const Lazy = lazy(start);
  return function DeferredBody(props: Record<string, unknown>): ReactNode {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  };
}

/** The body component of a page: the real one, or a deferred one for the page being adopted. */
export async function pageBody(docId: string, load: () => Promise<BodyModule>): Promise<Body> {
  if (adoptsServerHtml(docId)) return deferredBody(docId, load);
  return (await load()).default;
}

/** Starts loading an adopted page's body, so that coming back to the page shows it at once. */
export function preloadPageBody(docId: string): void {
  void deferred.get(docId)?.();
}
