/**
 * The content of every page, wrapped (MDXContent is safe to wrap). On the first page a reader opens,
 * the browser already has the content as HTML from the build: React adopts that HTML as it is
 * (`dangerouslySetInnerHTML` is not hydrated) instead of rebuilding the page's thousands of elements,
 * which on a phone blocked the main thread for most of a second; the page's body is not even downloaded
 * then (src/plugins/pageContent). Pages reached by client-side navigation render normally. Either way, one delegated listener handles the content's buttons and, on
 * adopted content, the site's links (src/lib/contentActions).
 *
 * The few components in the content that need React in the browser mark their root with
 * `data-island="<name>"` and their props as JSON in `data-island-props` (see ISLANDS); on adopted
 * content they are rendered into that element through a portal, inside the app's providers. Above the content: the chapter's PDF, the versions it was checked against and its reading progress.
 */
import React, {
  Suspense,
  startTransition,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import MDXContent from '@theme-original/MDXContent';
import type { Props } from '@theme/MDXContent';
import { useHistory } from '@docusaurus/router';
import { handleContentClick } from '@site/src/lib/browser/contentActions';
import ChapterProgress from '@site/src/components/ChapterProgress';
import PdfLink from '@site/src/components/PdfLink';
import CheckedAgainst from '@site/src/components/CheckedAgainst';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import StudyNext from '@site/src/components/StudyNext';
import EditControls from '@site/src/components/Manifest/EditControls';
import SimulationLauncher from '@site/src/components/Simulation/Launcher';
import { adoptsServerHtml, DOC_ID_ATTRIBUTE, preloadPageBody, ReplaceServerHtml } from '@site/src/lib/browser/pageBody';

/** Components of the content that run in the browser, by their `data-island` name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island gets the props its element carries.
const ISLANDS: Record<string, ComponentType<any>> = { StudyNext, EditControls, SimulationLauncher };

export default function MDXContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  // Only while hydrating is there server HTML of this content to adopt. After a client-side navigation,
  // whatever page the reader arrived on first, the content renders normally.
  const [adopted] = useState(() => adoptsServerHtml(metadata.id));
  const [islands, setIslands] = useState<{ element: Element; node: ReactNode }[]>([]);
  const ref = useRef<HTMLDivElement>(null);
  const history = useHistory();
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    if (adopted) {
      const found = Array.from(root.querySelectorAll('[data-island]')).flatMap((element) => {
        const Component = ISLANDS[element.getAttribute('data-island') ?? ''];
        if (!Component) return [];
        const props: unknown = JSON.parse(element.getAttribute('data-island-props') ?? '{}');
        const serverNodes = Array.from(element.childNodes);
        return [
          {
            element,
            node: (
              <ReplaceServerHtml nodes={serverNodes}>
                <Component {...(props as object)} />
              </ReplaceServerHtml>
            ),
          },
        ];
      });
      // A transition: the islands render in slices after hydration, not in one long task.
      startTransition(() => setIslands(found));
    }
    // Commands that name this site show the address the page was actually served from.
    root.querySelectorAll<HTMLElement>('[data-served-path]').forEach((element) => {
      element.textContent = `kubectl apply -f ${window.location.origin}${element.dataset.servedPath ?? ''}`;
    });
    const onClick = (event: MouseEvent) =>
      handleContentClick(event, { navigate: adopted ? (path) => history.push(path) : undefined });
    root.addEventListener('click', onClick);
    return () => {
      root.removeEventListener('click', onClick);
      // The reader leaves the adopted page: its body (never downloaded) is fetched, for the way back.
      if (adopted) preloadPageBody(metadata.id);
    };
  }, [adopted, history, metadata.id]);
  // The doc's id marks the server's HTML of this content, for the next load's adoption.
  const contentProps = { className: 'kia-content', [DOC_ID_ATTRIBUTE]: metadata.id };
  return (
    <>
      <PdfLink permalink={metadata.permalink} />
      <CheckedAgainst permalink={metadata.permalink} />
      <ChapterProgress />
      {adopted ? (
        // Keeps the server's HTML: React does not hydrate inside dangerouslySetInnerHTML.
        <div ref={ref} {...contentProps} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
      ) : (
        <div ref={ref} {...contentProps}>
          {/* A body not downloaded yet (src/lib/pageBody.tsx) suspends until it is. */}
          <Suspense fallback={null}>
            <MDXContent {...props} />
          </Suspense>
        </div>
      )}
      {islands.map(({ element, node }, index) => createPortal(node, element, `island-${index}`))}
    </>
  );
}
