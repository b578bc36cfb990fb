/**
 * A command card's answer box: the reader types the command, and it is checked by meaning with the kubectl
 * model (src/lib/kubectl/equivalence.ts), loaded with its slice of the model on the first check only.
 * Input no command could be (empty, too long, an open quote, a second shell command) gets a message and
 * another try; a command gets its verdict and the answer is shown for rating.
 */
import React, { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import TextWithCode from '../TextWithCode';
import styles from './styles.module.css';

export type TypedVerdict = { same: true; typed: string } | { same: false; typed: string; messages: string[] };

async function loadChecker() {
  const [{ compareCommands, readTyped }, model] = await Promise.all([
    import(/* webpackChunkName: "command-check" */ '@site/src/lib/kubectl/equivalence'),
    import(/* webpackChunkName: "command-check" */ '@generated/kia-cards/default/command-model.json').then(
      (module) => module.default,
    ),
  ]);
  return { compareCommands, readTyped, model };
}

export default function TypedCommand({
  answer,
  onChecked,
}: {
  answer: string;
  onChecked(verdict: TypedVerdict): void;
}): ReactNode {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [checking, setChecking] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus({ preventScroll: true });
  }, []);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const typed = text;
    setChecking(true);
    loadChecker()
      .then(({ compareCommands, readTyped, model }) => {
        const read = readTyped(model, typed);
        if (read.problem !== undefined) {
          setProblem(read.problem);
          input.current?.focus();
          return;
        }
        const verdict = compareCommands(model, answer, typed);
        onChecked(verdict.same ? { same: true, typed } : { same: false, typed, messages: verdict.messages });
      })
      .catch(() => setProblem('The checker could not load; show the answer and compare it yourself.'))
      .finally(() => setChecking(false));
  };

  return (
    <form className={styles.typed} onSubmit={check} data-typed-command="">
      <label htmlFor="typed-command" className={styles.typedLabel}>
        Type the command
      </label>
      <div className={styles.typedRow}>
        <input
          id="typed-command"
          ref={input}
          className={styles.typedInput}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby="typed-command-problem"
          aria-invalid={problem ? true : undefined}
        />
        <button type="submit" className={styles.small} disabled={checking}>
          Check
        </button>
      </div>
      <p id="typed-command-problem" className={styles.typedProblem} role="status" data-typed-problem="">
        {problem}
      </p>
    </form>
  );
}

/** The verdict shown above the answer once a command was checked. */
export function Verdict({ verdict }: { verdict: TypedVerdict }): ReactNode {
  return (
    <div className={styles.verdict} data-verdict={verdict.same ? 'same' : 'different'}>
      <p className={styles.verdictTitle}>
        {verdict.same ? 'Right: it means the same as the answer.' : 'Not quite:'} You typed <code>{verdict.typed}</code>
      </p>
      {!verdict.same && (
        <ul>
          {verdict.messages.map((message) => (
            <li key={message}>
              <TextWithCode text={message} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
