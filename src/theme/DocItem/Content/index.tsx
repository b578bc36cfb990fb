/**
 * Wraps the theme's doc content (safe to wrap) to add the PDF download line at the top of chapter pages
 * and the home page.
 */
import React, { type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import PdfLink from '@site/src/components/PdfLink';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  return (
    <>
      <PdfLink permalink={metadata.permalink} />
      <Content {...props} />
    </>
  );
}
