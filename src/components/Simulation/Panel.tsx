/**
 * The interactive simulation (a chunk of its own, loaded by Launcher.tsx): the parameters as labelled
 * inputs named as the YAML fields, Back / Step / Play / Reset, the reader's actions at the step shown,
 * the pods of that step, and the log up to it. A live region announces each step.
 */
import React, { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { SimulationSpec } from '../../lib/simulations/catalog';
import type { ActionSpec } from '../../lib/simulations/types';
import LogTable from './LogTable';
import PodGroups from './PodGroups';
import { act, goTo, setParam, start, type PanelState } from './state';
import styles from './panel.module.css';

const PLAY_INTERVAL_MS = 900;

function ActionControl({
  spec,
  state,
  onAct,
}: {
  spec: ActionSpec;
  state: PanelState;
  onAct: (target?: string) => void;
}): ReactNode {
  const id = useId();
  const current = state.run.steps[state.step]!;
  const options =
    spec.target === 'pod'
      ? current.pods.filter((pod) => pod.phase !== 'Terminating').map((pod) => pod.name)
      : spec.target === 'node'
        ? [
            ...new Set(
              current.notes.filter((note) => /^node-\d+: Ready$/.test(note)).map((note) => note.split(':')[0]!),
            ),
          ]
        : [];
  const [target, setTarget] = useState('');
  const chosen = spec.target === 'number' ? target || '1' : options.includes(target) ? target : options[0];
  return (
    <div className={styles.action}>
      {spec.target === 'number' && (
        <input
          id={id}
          className={styles.number}
          inputMode="numeric"
          aria-label={`${spec.label}: replicas`}
          value={target || '1'}
          onChange={(event) => setTarget(event.target.value)}
        />
      )}
      {(spec.target === 'pod' || spec.target === 'node') && (
        <select
          id={id}
          aria-label={`${spec.label}: which ${spec.target}`}
          value={chosen ?? ''}
          onChange={(event) => setTarget(event.target.value)}
        >
          {options.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      )}
      <button
        type="button"
        disabled={spec.target !== 'none' && spec.target !== 'number' && !chosen}
        onClick={() => onAct(spec.target === 'none' ? undefined : chosen)}
      >
        {spec.label}
      </button>
    </div>
  );
}

export default function Panel({ spec: json }: { spec: string }): ReactNode {
  const spec = useMemo(() => JSON.parse(json) as SimulationSpec, [json]);
  const [{ simulation, state: initial }] = useState(() => start(spec));
  const [state, setState] = useState(initial);
  const [playing, setPlaying] = useState(false);
  const ids = useId();
  const last = state.run.steps.length - 1;
  const current = state.run.steps[state.step]!;

  useEffect(() => {
    if (!playing) return undefined;
    if (state.step >= last) {
      setPlaying(false);
      return undefined;
    }
    const timer = window.setTimeout(() => setState((now) => goTo(now, now.step + 1)), PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, state.step, last]);

  return (
    <div className={styles.panel} data-simulation-panel>
      <fieldset className={styles.params}>
        <legend>Parameters (the manifest's fields)</legend>
        {simulation.params.map((param) => {
          const error = state.errors.some(
            (candidate) => candidate.field.endsWith(param.path) || candidate.field.endsWith(param.name),
          );
          const input = {
            id: `${ids}-${param.name}`,
            name: param.name,
            value: state.params[param.name] ?? '',
            'aria-invalid': error || undefined,
            'aria-describedby': error ? `${ids}-errors` : undefined,
            onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
              setState((now) => setParam(simulation, now, param.name, event.target.value)),
          };
          return (
            <div key={param.name} className={styles.param}>
              <label htmlFor={input.id} title={param.path}>
                {param.name}
              </label>
              {param.choices ? (
                <select {...input}>
                  {param.choices.map((choice) => (
                    <option key={choice}>{choice}</option>
                  ))}
                </select>
              ) : (
                <input {...input} type="text" spellCheck={false} autoComplete="off" size={8} />
              )}
            </div>
          );
        })}
      </fieldset>
      {state.errors.length > 0 && (
        <div id={`${ids}-errors`} className={styles.errors} role="alert" data-simulation-errors>
          <p>The API server would reject these values; the run below is the last valid one.</p>
          <ul>
            {state.errors.map((error) => (
              <li key={`${error.field}${error.message}`}>
                <code>{error.field}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.errors.length === 0 &&
        (simulation.notices?.(state.params) ?? []).map((notice) => (
          <p key={notice} className={styles.notice} role="status" data-simulation-notice>
            {notice}
          </p>
        ))}
      <div className={styles.controls} role="group" aria-label="Step through the run">
        <button type="button" onClick={() => setState((now) => goTo(now, now.step - 1))} disabled={state.step === 0}>
          Back
        </button>
        <button type="button" onClick={() => setState((now) => goTo(now, now.step + 1))} disabled={state.step >= last}>
          Step
        </button>
        <button
          type="button"
          onClick={() => setPlaying(!playing)}
          disabled={!playing && state.step >= last}
          aria-pressed={playing}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            setState(start(spec).state);
          }}
        >
          Reset
        </button>
      </div>
      <p className={styles.status} aria-live="polite" data-simulation-status>
        Step {state.step} of {last}: {current.event}
      </p>
      {simulation.actions.length > 0 && (
        <div className={styles.actions} role="group" aria-label={`Act at step ${state.step}`}>
          {simulation.actions.map((action) => (
            <ActionControl
              key={action.id}
              spec={action}
              state={state}
              onAct={(target) => {
                setPlaying(false);
                setState((now) => act(simulation, now, action.id, target));
              }}
            />
          ))}
        </div>
      )}
      <PodGroups pods={current.pods} />
      {current.notes.length > 0 && (
        <ul className={styles.notes}>
          {current.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <LogTable
        log={state.run}
        caption={`The run up to step ${state.step} (counts after each step)`}
        upTo={state.step}
      />
    </div>
  );
}
