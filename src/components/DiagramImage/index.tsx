/**
 * A diagram drawn at build time (see src/remark/diagrams): the light and the dark render, both in the
 * HTML with their size, one shown by the colour mode through CSS alone, so nothing flashes when the
 * reader toggles the mode and nothing shifts when the image arrives. The text alternative is the
 * diagram's accDescr; "Open full size" shows the SVG alone, to zoom into on a phone.
 */
import React, { type CSSProperties, type ReactNode } from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

export interface DiagramImageProps {
  /** The renders' name in static/diagrams (a hash of the diagram source and settings). */
  renderKey: string;
  width: string;
  height: string;
  /** accTitle */
  title: string;
  /** accDescr: the text alternative. */
  description: string;
  /** Set for inline diagrams (```mermaid inline): the SVG markup of each render. */
  svgLight?: string;
  svgDark?: string;
  /**
   * On the page's first screen (src/remark/diagrams): loaded with the page, not lazily. Both renders
   * are then fetched (a few KiB of gzip each), since which one CSS shows is not known to the preload
   * scanner.
   */
  lead?: boolean;
}

const THEMES = ['light', 'dark'] as const;

export default function DiagramImage(props: DiagramImageProps): ReactNode {
  const { renderKey, width, height, title, description } = props;
  const lightUrl = useBaseUrl(`/diagrams/${renderKey}-light.svg`);
  const darkUrl = useBaseUrl(`/diagrams/${renderKey}-dark.svg`);
  const urls = { light: lightUrl, dark: darkUrl };
  const alt = description || title;
  const size = { '--diagram-width': `${width}px` } as CSSProperties;
  return (
    <div className={styles.diagram} style={size}>
      {THEMES.map((theme) => {
        const svg = theme === 'light' ? props.svgLight : props.svgDark;
        return svg ? (
          <div
            key={theme}
            className={clsx(`diagram-${theme}`, styles.inline)}
            role="img"
            aria-label={alt}
            // Our own build-time render: Mermaid's SVG with IDs prefixed by its key (src/lib/diagrams).
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        ) : (
          <img
            key={theme}
            className={clsx(`diagram-${theme}`, styles.image)}
            src={urls[theme]}
            width={width}
            height={height}
            alt={alt}
            loading={props.lead ? 'eager' : 'lazy'}
            decoding="async"
          />
        );
      })}
      {THEMES.map((theme) => (
        <a
          key={theme}
          className={clsx(`diagram-${theme}`, styles.open)}
          href={urls[theme]}
          target="_blank"
          rel="noopener"
        >
          Open full size<span className="visually-hidden">: {title || 'diagram'}</span>
        </a>
      ))}
    </div>
  );
}
