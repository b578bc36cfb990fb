/** The step log of a simulation run: step number, what happened, counts after it. */
import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

export interface Log {
  columns: string[];
  steps: { event: string; counts: number[] }[];
}

export default function LogTable({ log, caption, upTo }: { log: Log; caption: string; upTo?: number }): ReactNode {
  const steps = upTo === undefined ? log.steps : log.steps.slice(0, upTo + 1);
  return (
    // A region with a name and focus: a keyboard can scroll a table wider than the page.
    <div className={styles.tableScroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.log} data-simulation-log>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">What happened</th>
            {log.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step, index) => (
            <tr key={index} aria-current={upTo === index ? 'step' : undefined}>
              <th scope="row">{index}</th>
              <td>{step.event}</td>
              {step.counts.map((count, column) => (
                <td key={column}>{count}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
