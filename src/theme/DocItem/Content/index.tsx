/** Wraps the doc content (safe to wrap): the chapter's reading progress goes above it. */
import React, { type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import ChapterProgress from '@site/src/components/ChapterProgress';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  return (
    <>
      <ChapterProgress />
      <Content {...props} />
    </>
  );
}
