/**
 * The site's code block (Docusaurus marks CodeBlock safe to eject). Its markup is highlighted at build
 * time (src/remark/codeBlocks, src/lib/highlight) and arrives as `html`; the block renders it as one
 * element, so the browser adopts the server's HTML instead of rebuilding thousands of token elements.
 * Colours come from one stylesheet for both modes (src/plugins/codeHighlight). The buttons have no React
 * handlers: src/lib/contentActions handles them for every block at once, also where a page's content
 * was adopted without React (src/theme/MDXContent).
 *
 * Without `html` (a code block from a component), the code is shown as plain text.
 */
import React, { type CSSProperties, type ReactNode } from 'react';
import clsx from 'clsx';
import type { Props as ThemeProps } from '@theme/CodeBlock';
import { plainLinesHtml } from '@site/src/lib/highlight/lines';
import styles from './styles.module.css';

export interface Props extends ThemeProps {
  /** Highlighted line markup from the build. */
  html?: string;
  /** Set when the code ends with a newline, which the line markup does not show. */
  finalNewline?: string;
}

function codeText(children: ReactNode): string {
  return React.Children.toArray(children)
    .map((child) => (typeof child === 'string' || typeof child === 'number' ? String(child) : ''))
    .join('');
}

export default function CodeBlock(props: Props): ReactNode {
  const { html, title, showLineNumbers, className, finalNewline } = props;
  const language = props.language ?? /language-(\S+)/.exec(className ?? '')?.[1] ?? 'text';
  let body = html;
  let newline = finalNewline === 'true';
  if (body === undefined) {
    const code = codeText(props.children);
    newline = code.endsWith('\n');
    body = plainLinesHtml(newline ? code.slice(0, -1) : code);
  }
  return (
    <div
      className={clsx('kia-code', `language-${language}`, styles.block)}
      data-final-newline={newline ? 'true' : undefined}
      // Sizes the block before the browser lays it out (content-visibility, styles.module.css).
      style={{ '--kia-lines': body.split('\n').length, '--kia-title': title ? 1 : 0 } as CSSProperties}
    >
      {title && <div className={styles.title}>{title}</div>}
      <div className={styles.content}>
        <pre className={clsx(styles.pre, showLineNumbers && styles.numbered)} tabIndex={0}>
          <code dangerouslySetInnerHTML={{ __html: body }} />
        </pre>
        {/* One element per button: the icon is drawn by CSS (styles.module.css) and the name is the
            aria-label, so the 40-odd blocks of a chapter add no SVG or label elements to lay out. */}
        <div className={styles.buttons}>
          <button
            type="button"
            className={clsx(styles.button, styles.wrap)}
            data-code-action="wrap"
            aria-pressed="false"
            aria-label="Wrap long lines"
            title="Wrap long lines"
          />
          <button
            type="button"
            className={clsx(styles.button, styles.copy)}
            data-code-action="copy"
            aria-label="Copy code"
            title="Copy code"
          />
        </div>
      </div>
    </div>
  );
}
