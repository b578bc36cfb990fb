/**
 * The content of every page, wrapped (MDXContent is safe to wrap). On the first page a reader opens,
 * the browser already has the content as HTML from the build: React adopts that HTML as it is
 * (`dangerouslySetInnerHTML` is not hydrated) instead of rebuilding the page's thousands of elements,
 * which on a phone blocked the main thread for most of a second. Pages reached by client-side
 * navigation render normally. Either way, one delegated listener handles the content's buttons and, on
 * adopted content, the site's links (src/lib/contentActions).
 */
import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import MDXContent from '@theme-original/MDXContent';
import type { Props } from '@theme/MDXContent';
import { useHistory } from '@docusaurus/router';
import { handleContentClick } from '@site/src/lib/contentActions';

/** True once the app has hydrated: only the first page's content is adopted. */
let appHydrated = false;

export default function MDXContentWrapper(props: Props): ReactNode {
  const [adopted] = useState(() => typeof window !== 'undefined' && !appHydrated);
  const ref = useRef<HTMLDivElement>(null);
  const history = useHistory();
  useEffect(() => {
    appHydrated = true;
    const root = ref.current;
    if (!root) return undefined;
    const onClick = (event: MouseEvent) =>
      handleContentClick(event, { navigate: adopted ? (path) => history.push(path) : undefined });
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [adopted, history]);
  if (adopted) {
    // Keeps the server's HTML: React does not hydrate inside dangerouslySetInnerHTML.
    return <div ref={ref} className="kia-content" dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
  }
  return (
    <div ref={ref} className="kia-content">
      <MDXContent {...props} />
    </div>
  );
}
