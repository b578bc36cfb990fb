/**
 * A step-through simulation of what a controller does (src/lib/simulations), placed in a chapter with
 * `<Simulation name="rollout" />`. The remark plugin src/remark/simulation computes the default run at
 * build time: this component writes it as a table into the static HTML. The interactive panel is a chunk
 * loaded by the launcher.
 */
import React, { type ReactNode } from 'react';
import type { SimulationSpec } from '../../lib/simulations/catalog';
import LogTable, { type Log } from './LogTable';
import SimulationLauncher from './Launcher';
import styles from './styles.module.css';

export interface SimulationProps {
  name: string;
  /** JSON of the spec (src/lib/simulations/catalog.ts), written by the remark plugin. */
  spec?: string;
  /** JSON of the default run's log. */
  run?: string;
  title?: string;
}

export default function Simulation({ name, spec, run, title }: SimulationProps): ReactNode {
  if (!spec || !run) throw new Error(`<Simulation name="${name}">: no spec; is src/remark/simulation registered?`);
  const parsed = JSON.parse(spec) as SimulationSpec;
  const log = JSON.parse(run) as Log;
  return (
    <section className={styles.simulation} data-simulation={name} aria-label={`Simulation: ${title ?? name}`}>
      <p className={styles.title}>
        <strong>Watch it happen:</strong> {title}
      </p>
      <p className={styles.source}>
        From {parsed.files.map((file) => `manifests/${file}`).join(' and ')}:{' '}
        {Object.entries(parsed.params).map(([field, value], index) => (
          <React.Fragment key={field}>
            {index > 0 && ', '}
            <code>
              {field}: {value}
            </code>
          </React.Fragment>
        ))}
        .
      </p>
      <SimulationLauncher spec={spec} />
      <div data-simulation-static>
        <LogTable log={log} caption="The default run, step by step (counts after each step)" />
      </div>
    </section>
  );
}
