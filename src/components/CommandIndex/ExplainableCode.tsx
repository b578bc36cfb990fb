/**
 * A row's command on /commands: plain `<code>` at load (one element, no word data in the page), explained
 * word by word on first use. Pointing at it, focusing it (it is a Tab stop until then) or tapping it fetches
 * the words file once for the whole page (src/lib/browser/commandWords.ts) and renders the same `<code>`
 * with its words as links (../CommandWords/Code.tsx): the text neither moves nor changes size. Then the
 * gesture carries on where it was: focus moves to the first word, the word under the pointer is pointed at,
 * the word tapped opens; from there src/clientModules/commandWords.ts and the popover take over.
 */
import React, { useContext, useEffect, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import type { CommandWordsData } from '../../lib/notesCommandIndex';
import { loadCommandWords } from '../../lib/browser/commandWords';
import ExplainedCode from '../CommandWords/Code';

export interface WordsSource {
  /** The words file of the build. */
  url: string;
  /** Called once a row is explained, with its words: the page lists their entries (the popover's text). */
  onExplained(data: CommandWordsData, words: number[]): void;
}

/** Given by the page; without it (no words file) a command stays plain. */
export const WordsContext = React.createContext<WordsSource | undefined>(undefined);

/** What to do once the words are there: the gesture that asked for them. */
export type Gesture = { kind: 'focus' } | { kind: 'point' | 'tap'; x: number; y: number };

const WORD = 'a[href^="#kx"]';

/** The gesture a pointer over a row's command asks for: a touch's pointerover comes before its click, so it only starts the fetch. */
export function pointGesture(event: { pointerType: string; clientX: number; clientY: number }): Gesture | undefined {
  return event.pointerType === 'mouse' ? { kind: 'point', x: event.clientX, y: event.clientY } : undefined;
}

/** The words of a row's command (fetching the page's words file once), listed on the page; undefined if it has none. */
export async function explainRow(source: WordsSource, text: string): Promise<number[] | undefined> {
  const data = await loadCommandWords(source.url);
  const row = data.rows[text];
  if (!row?.length) return undefined;
  source.onExplained(data, row);
  return row;
}

/**
 * Once a command is explained, the gesture carries on where it was: focus moves to its first word (if it
 * was on the plain command, or fell to the page as the command stopped being a Tab stop), the word under
 * the pointer is pointed at, the word tapped opens.
 */
export function continueGesture(code: HTMLElement, gesture: Gesture): void {
  if (gesture.kind === 'focus') {
    const active = document.activeElement;
    if (active === code || active === document.body || active === null) code.querySelector<HTMLElement>(WORD)?.focus();
    return;
  }
  const word = document.elementFromPoint(gesture.x, gesture.y)?.closest<HTMLElement>(WORD);
  if (!word || !code.contains(word)) return;
  if (gesture.kind === 'tap') word.click();
  else word.dispatchEvent(new window.PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
}

export default function ExplainableCode({ text, className }: { text: string; className?: string }): ReactNode {
  const source = useContext(WordsContext);
  const [words, setWords] = useState<number[]>();
  const ref = useRef<HTMLElement>(null);
  const gesture = useRef<Gesture>();
  const started = useRef(false);

  const explain = (next?: Gesture): void => {
    if (next) gesture.current = next;
    if (started.current || !source) return;
    started.current = true;
    explainRow(source, text).then(
      (row) => row && setWords(row),
      () => {
        started.current = false;
      },
    );
  };

  useEffect(() => {
    const code = ref.current;
    const next = gesture.current;
    gesture.current = undefined;
    if (words && code && next) continueGesture(code, next);
  }, [words]);

  if (words) return <ExplainedCode ref={ref} className={className} text={text} words={words} />;
  const point = (event: PointerEvent<HTMLElement>) => explain(pointGesture(event));
  return (
    <code
      ref={ref}
      className={className}
      tabIndex={source ? 0 : undefined}
      onPointerOver={point}
      onPointerMove={point}
      onPointerLeave={() => {
        if (gesture.current?.kind === 'point') gesture.current = undefined;
      }}
      onFocus={() => explain({ kind: 'focus' })}
      onClick={(event) => explain({ kind: 'tap', x: event.clientX, y: event.clientY })}
    >
      {text}
    </code>
  );
}

/** The entries of the explained rows' words, listed as they are explained (the popover shows them). */
export function useExplainedWords(url: string): { source: WordsSource; entries: CommandWordsData['entries'] } {
  const [explained, setExplained] = useState<{ data: CommandWordsData; used: ReadonlySet<string> }>();
  const source = useMemo<WordsSource>(
    () => ({
      url,
      onExplained: (data, words) =>
        setExplained((before) => {
          const used = new Set(before?.used);
          for (let i = 2; i < words.length; i += 3) used.add(`kx${words[i]}`);
          return { data, used };
        }),
    }),
    [url],
  );
  const entries = useMemo(
    () => explained?.data.entries.filter((entry) => explained.used.has(entry.id)) ?? [],
    [explained],
  );
  return { source, entries };
}
