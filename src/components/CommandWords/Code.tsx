/**
 * A command as `<code>` with its explained words as links to their entries (the command index's rows):
 * the same markup the build puts in the chapters' code blocks, from offsets computed at build time
 * (src/lib/notesCommandIndex.ts, commandWordsOf). The first word is the command's one Tab stop.
 */
import React, { forwardRef, type HTMLAttributes, type ReactNode } from 'react';

export interface Props extends HTMLAttributes<HTMLElement> {
  text: string;
  /** Flat triples: start, end, entry number (`#kx<n>`). */
  words?: number[];
}

/** The text of a command with its words as links: the content of its `<code>`. */
export function ExplainedWords({ text, words }: { text: string; words: number[] }): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  for (let i = 0; i + 2 < words.length; i += 3) {
    const [start = 0, end = 0, entry = 0] = words.slice(i, i + 3);
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <a key={i} href={`#kx${entry}`} tabIndex={i === 0 ? undefined : -1}>
        {text.slice(start, end)}
      </a>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

const ExplainedCode = forwardRef<HTMLElement, Props>(function ExplainedCode({ text, words, ...rest }, ref): ReactNode {
  return (
    <code ref={ref} {...rest}>
      {words && words.length > 0 ? <ExplainedWords text={text} words={words} /> : text}
    </code>
  );
});

export default ExplainedCode;
