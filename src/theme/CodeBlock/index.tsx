/**
 * Docusaurus' CodeBlock without its remount after hydration (`key={String(isBrowser)}`), which existed
 * only to swap the light theme's inline colours for the reader's mode. Colours here do not depend on the
 * mode (src/plugins/perf/prismColors.ts), so the server-rendered code block is kept as it is.
 */
import React, { isValidElement, type ReactNode } from 'react';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type { Props } from '@theme/CodeBlock';

/** As in Docusaurus: plain string children become one string, so the code can be copied. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  if (typeof children === 'string') return <StringContent {...props}>{children}</StringContent>;
  return <ElementContent {...props}>{children}</ElementContent>;
}
