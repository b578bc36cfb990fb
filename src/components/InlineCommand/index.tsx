/**
 * A kubectl command written inline in the prose, its words already made links to their explanations at
 * build (src/remark/codeBlocks). A component of its own because MDX hands a `<code>` with elements inside
 * to the theme's code component, which takes it for a block.
 */
import type { ReactNode } from 'react';

export default function InlineCommand({ children }: { children: ReactNode }): ReactNode {
  return <code>{children}</code>;
}
