/**
 * The index's verb sections on the page's first load: React adopts the server's HTML of them as it is
 * (`dangerouslySetInnerHTML` is not hydrated) instead of hydrating ~1,100 elements, which on a phone was most
 * of the page's script work after load; the chapters' content does the same (src/theme/MDXContent). After a
 * client-side navigation the sections render normally (index.tsx). What the adopted rows do is delegated to
 * their container: a row's command is explained on first use (pointing, focus, tap) by rendering its words
 * into the same `<code>` through a portal, as ExplainableCode does for a rendered row; Copy and the links to
 * the chapters are handled by the page's click listener (index.tsx).
 */
import React, {
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { isHydrating } from '../../lib/browser/hydration';
import { ReplaceServerHtml } from '../../lib/browser/pageBody';
import { ExplainedWords } from '../CommandWords/Code';
import { continueGesture, explainRow, pointGesture, WordsContext, type Gesture } from './ExplainableCode';

/** The container of the verb sections: its id marks the server's HTML for adoption. */
export const LISTING_ID = 'kubectl-verbs';

/** A row's command that is not explained yet (a Tab stop, as ExplainableCode renders it). */
const PLAIN_ROW_CODE = 'li[data-command] > code[tabindex]';

/** Whether this render hydrates the server's listing (the page's first load, not a client-side navigation). */
export function adoptsListing(): boolean {
  return typeof document !== 'undefined' && isHydrating() && document.getElementById(LISTING_ID) !== null;
}

interface Explained {
  code: HTMLElement;
  text: string;
  words: number[];
  /** The command's text as the server sent it, replaced by its words. */
  serverNodes: ChildNode[];
  /** The gesture that asked for the words, taken once. */
  takeGesture(): Gesture | undefined;
}

/** An adopted row's words in its `<code>`: the server's text goes, and the code stops being a Tab stop, in the same commit. */
function AdoptedWords({ row }: { row: Explained }): ReactNode {
  useLayoutEffect(() => row.code.removeAttribute('tabindex'), [row]);
  useEffect(() => {
    const gesture = row.takeGesture();
    if (gesture) continueGesture(row.code, gesture);
  }, [row]);
  return (
    <ReplaceServerHtml nodes={row.serverNodes}>
      <ExplainedWords text={row.text} words={row.words} />
    </ReplaceServerHtml>
  );
}

const plainCodeOf = (target: EventTarget): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(PLAIN_ROW_CODE) : null;

export default function AdoptedListing(): ReactNode {
  const source = useContext(WordsContext);
  const [rows, setRows] = useState<Explained[]>([]);
  /** The rows whose words are being fetched, with the latest gesture on each. */
  const pending = useRef(new Map<HTMLElement, { gesture?: Gesture }>());

  const explain = (target: EventTarget, gesture: Gesture | undefined): void => {
    const code = plainCodeOf(target);
    const text = code?.parentElement?.dataset.command;
    if (!code || !source || text === undefined) return;
    const started = pending.current.get(code);
    if (started) {
      if (gesture) started.gesture = gesture;
      return;
    }
    const state: { gesture?: Gesture } = { gesture };
    pending.current.set(code, state);
    explainRow(source, text).then(
      (words) => {
        if (!words) return;
        const takeGesture = () => {
          const taken = state.gesture;
          state.gesture = undefined;
          return taken;
        };
        setRows((before) => [...before, { code, text, words, serverNodes: Array.from(code.childNodes), takeGesture }]);
      },
      () => pending.current.delete(code),
    );
  };
  const point = (event: PointerEvent<HTMLElement>) => explain(event.target, pointGesture(event));

  return (
    <>
      <div
        id={LISTING_ID}
        // Keeps the server's HTML: React does not hydrate inside dangerouslySetInnerHTML.
        dangerouslySetInnerHTML={{ __html: '' }}
        suppressHydrationWarning
        onPointerOver={point}
        onPointerMove={point}
        onPointerOut={(event) => {
          const code = plainCodeOf(event.target);
          if (!code || (event.relatedTarget instanceof Node && code.contains(event.relatedTarget))) return;
          const state = pending.current.get(code);
          if (state?.gesture?.kind === 'point') state.gesture = undefined;
        }}
        onFocus={(event) => explain(event.target, { kind: 'focus' })}
        onClick={(event) => explain(event.target, { kind: 'tap', x: event.clientX, y: event.clientY })}
      />
      {rows.map((row, index) => createPortal(<AdoptedWords row={row} />, row.code, String(index)))}
    </>
  );
}
