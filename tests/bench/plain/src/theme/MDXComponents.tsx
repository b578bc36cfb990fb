/** The notes' two components, as a plain site would write them: a figure, and a file as a code block. */
import React, { type ReactNode } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import CodeBlock from '@theme/CodeBlock';

function Diagram({ caption, children }: { caption: string; children: ReactNode }): ReactNode {
  return (
    <figure>
      {children}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

function Manifest({ file, code }: { file: string; code?: string }): ReactNode {
  return (
    <CodeBlock language="yaml" title={`manifests/${file}`} showLineNumbers>
      {code ?? ''}
    </CodeBlock>
  );
}

export default { ...MDXComponents, Diagram, Manifest };
