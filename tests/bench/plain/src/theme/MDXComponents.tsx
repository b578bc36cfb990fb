/** The notes' two components, as a plain site would write them: a figure, and a file as a code block. */
import React, { type ReactNode } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import CodeBlock from '@theme/CodeBlock';
import versions from '../../../../../src/data/versions.json';

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

/** A self-check card as plain HTML: a question that opens to its answer. */
function Card({ question, children }: { question: string; children: ReactNode }): ReactNode {
  return (
    <details>
      <summary>{question}</summary>
      {children}
    </details>
  );
}

/** A plain site writes version numbers into the text. */
function Version({ of }: { of: keyof typeof versions }): ReactNode {
  return versions[of];
}

/** A plain site has no relation graphs computed from its manifests. */
function RelationGraph(): null {
  return null;
}

/** Nor simulations of the controllers. */
function Simulation(): null {
  return null;
}

export default { ...MDXComponents, Card, Diagram, Manifest, RelationGraph, Simulation, Version };
