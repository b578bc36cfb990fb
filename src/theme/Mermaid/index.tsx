/**
 * Mermaid diagrams, loaded late. @docusaurus/theme-mermaid renders every diagram as soon as the page
 * hydrates, so each page with a diagram downloaded and ran Mermaid (about 190 KiB gzip for a flowchart)
 * before the reader scrolled anywhere. Here a diagram stays a placeholder until it comes within one
 * screen of the viewport; only then is Mermaid loaded (once, shared by all diagrams).
 *
 * Kept from the theme: its render hook (the diagram follows the colour mode, light and dark themes and
 * `securityLevel: 'strict'` from themeConfig.mermaid) and its container class. Changed: a diagram that
 * fails to render says so on the page, naming the page, with Mermaid's message.
 */
import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { useLocation } from '@docusaurus/router';
import { MermaidContainerClassName, useMermaidRenderResult } from '@docusaurus/theme-mermaid/client';
import styles from './styles.module.css';

export interface Props {
  /** The text of the ```mermaid block. */
  value: string;
}

/** How far ahead of the viewport a diagram starts loading: one screen height. */
const LOAD_AHEAD = '100% 0px';

/** True once the element has come within LOAD_AHEAD of the viewport (and stays true). */
function useNearViewport(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: LOAD_AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

function MermaidSvg({ value }: Props): ReactNode {
  const result = useMermaidRenderResult({ text: value });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result && ref.current) result.bindFunctions?.(ref.current);
  }, [result]);
  if (result === null) return <div className={styles.placeholder} aria-busy="true" />;
  return (
    <div
      ref={ref}
      className={`${MermaidContainerClassName} ${styles.container}`}
      // Mermaid's own SVG, sanitised by Mermaid (securityLevel 'strict').
      dangerouslySetInnerHTML={{ __html: result.svg }}
    />
  );
}

function DiagramError({ error, pathname }: { error: Error; pathname: string }): ReactNode {
  return (
    <div className={`alert alert--danger ${styles.error}`} role="alert">
      <p>
        <strong>This diagram could not be drawn</strong> (page <code>{pathname}</code>). Mermaid said:
      </p>
      <pre>{error.message}</pre>
    </div>
  );
}

export default function Mermaid({ value }: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  const { pathname } = useLocation();
  return (
    <div ref={ref} data-mermaid>
      {near ? (
        <ErrorBoundary fallback={({ error }) => <DiagramError error={error} pathname={pathname} />}>
          <MermaidSvg value={value} />
        </ErrorBoundary>
      ) : (
        <div className={styles.placeholder} />
      )}
    </div>
  );
}
