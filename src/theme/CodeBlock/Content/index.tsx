/**
 * Docusaurus' code block content, with the highlighted lines written as one HTML string instead of a
 * React element per line and per token. Same markup, same classes, same styles; but React hydrates one
 * element per code block instead of thousands on a chapter (ch07 has 55 code blocks, 3,600 token
 * spans), which was most of the pages' main-thread time at load. Nothing inside a code block is
 * interactive: the copy and word-wrap buttons live outside it and read its text.
 *
 * Dropped with it: swizzling @theme/CodeBlock/Line or Line/Token has no effect any more.
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { usePrismTheme } from '@docusaurus/theme-common';
import { Highlight } from 'prism-react-renderer';
import type { Props } from '@theme/CodeBlock/Content';
import { linesToHtml } from '@site/src/plugins/perf/codeLinesHtml';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import lineStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css';

const Pre = React.forwardRef<HTMLPreElement, ComponentProps<'pre'>>((props, ref) => (
  // The theme makes the block focusable so that keyboard users can scroll it.
  <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />
));
Pre.displayName = 'Pre';

export default function CodeBlockContent({ className: classNameProp }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const { code, language, lineNumbersStart, lineClassNames } = metadata;
  const showLineNumbers = lineNumbersStart !== undefined;
  return (
    <Highlight theme={prismTheme} code={code} language={language}>
      {({ className, style, tokens, getLineProps, getTokenProps }) => (
        <Pre ref={wordWrap.codeBlockRef} className={clsx(classNameProp, className)} style={style}>
          <code
            className={clsx(styles.codeBlockLines, showLineNumbers && styles.codeBlockLinesWithNumbering)}
            style={{ counterReset: showLineNumbers ? `line-count ${lineNumbersStart - 1}` : undefined }}
            dangerouslySetInnerHTML={{
              __html: linesToHtml(tokens, {
                getLineProps,
                getTokenProps,
                lineClassNames,
                lineNumbers: showLineNumbers
                  ? {
                      line: lineStyles.codeLine ?? '',
                      number: lineStyles.codeLineNumber ?? '',
                      content: lineStyles.codeLineContent ?? '',
                    }
                  : undefined,
              }),
            }}
          />
        </Pre>
      )}
    </Highlight>
  );
}
