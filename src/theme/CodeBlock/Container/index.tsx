/**
 * Docusaurus' code block container, with its two Prism colour variables written for both colour modes
 * at once (light-dark(), see src/plugins/perf/prismColors.ts) instead of for the mode of the render.
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { mergeStyles } from '@site/src/plugins/perf/prismColors';
import { usePrismThemes } from '@site/src/plugins/perf/usePrismThemes';
import styles from './styles.module.css';

export default function CodeBlockContainer<T extends 'div' | 'pre'>({
  as: As,
  ...props
}: { as: T } & ComponentProps<T>): ReactNode {
  const { light, dark } = usePrismThemes();
  const plain = mergeStyles(light.plain, dark.plain) as { color?: string; backgroundColor?: string };
  const variables = { '--prism-color': plain.color, '--prism-background-color': plain.backgroundColor };
  const Element = As as 'div';
  return (
    <Element
      {...(props as ComponentProps<'div'>)}
      style={variables as React.CSSProperties}
      className={clsx(props.className, styles.codeBlockContainer, ThemeClassNames.common.codeBlock)}
    />
  );
}
