/**
 * Wraps a sidebar link: a chapter's reading progress follows its name. Docusaurus does not mark this
 * component safe to wrap; tests/content/theme-wrappers.test.ts pins the theme version it was checked with.
 */
import React, { type ReactNode } from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import SidebarProgress from '@site/src/components/SidebarProgress';

type Props = WrapperProps<typeof LinkType>;

export default function LinkWrapper(props: Props): ReactNode {
  const { item } = props;
  // The label is rendered as given, so it can carry the progress after the text.
  const label = (
    <>
      {item.label}
      <SidebarProgress permalink={item.href} />
    </>
  ) as unknown as string;
  return <Link {...props} item={{ ...item, label }} />;
}
