/**
 * Text with `backticks` as <code>, the way the notes write commands and fields inline: the titles of the
 * changes list, the command index's status notes, the typed-command verdicts.
 */
import React, { type ReactNode } from 'react';

export default function TextWithCode({ text }: { text: string }): ReactNode {
  return text
    .split(/(`[^`]+`)/)
    .map((part, index) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1 ? (
        <code key={index}>{part.slice(1, -1)}</code>
      ) : (
        <React.Fragment key={index}>{part}</React.Fragment>
      ),
    );
}
