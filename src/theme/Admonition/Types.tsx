/**
 * Adds the site's two admonitions to the theme's set (the documented way to register custom admonition
 * keywords; see `admonitions.keywords` in docusaurus.config.ts):
 * - `:::changed[What changed · Kubernetes 1.NN]`: something in the notes that was right in 2019 and is
 *   not any more. Commands inside it are history, never something to copy and run.
 * - `:::correction[...]`: something the notes got wrong.
 */
import React, { type ReactNode } from 'react';
import DefaultAdmonitionTypes from '@theme-original/Admonition/Types';
import AdmonitionLayout from '@theme/Admonition/Layout';
import type { Props } from '@theme/Admonition';

function ChangedIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path fill="currentColor" d="M12 4V1L8 5l4 4V6a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z" />
    </svg>
  );
}

function CorrectionIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
    </svg>
  );
}

function Changed(props: Props): ReactNode {
  return (
    <AdmonitionLayout
      icon={<ChangedIcon />}
      title="Kubernetes today"
      {...props}
      className={`alert alert--warning admonition-changed ${props.className ?? ''}`}
    >
      {props.children}
    </AdmonitionLayout>
  );
}

function Correction(props: Props): ReactNode {
  return (
    <AdmonitionLayout
      icon={<CorrectionIcon />}
      title="Correction"
      {...props}
      className={`alert alert--info admonition-correction ${props.className ?? ''}`}
    >
      {props.children}
    </AdmonitionLayout>
  );
}

export default {
  ...DefaultAdmonitionTypes,
  changed: Changed,
  correction: Correction,
};
