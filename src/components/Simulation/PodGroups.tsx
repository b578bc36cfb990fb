/** The pods of one step, as boxes grouped by owner, with marks that are words and shapes, not colours only. */
import React, { type ReactNode } from 'react';
import type { PodView } from '../../lib/simulations/types';
import styles from './panel.module.css';

export default function PodGroups({ pods }: { pods: PodView[] }): ReactNode {
  const groups = new Map<string, PodView[]>();
  for (const pod of pods) groups.set(pod.group, [...(groups.get(pod.group) ?? []), pod]);
  if (groups.size === 0) return <p className={styles.empty}>No pods.</p>;
  return (
    <div className={styles.groups}>
      {[...groups].map(([group, members]) => (
        <div key={group} className={styles.group} role="group" aria-label={group}>
          <p className={styles.groupName}>{group}</p>
          <ul className={styles.pods}>
            {members.map((pod) => (
              <li
                key={pod.name}
                className={`${styles.pod} ${pod.ready ? styles.ready : styles.notReady} ${pod.phase === 'Terminating' ? styles.terminating : ''}`}
                data-pod={pod.name}
              >
                <span className={styles.podName}>{pod.name}</span>
                <span>
                  {pod.phase}
                  {pod.node ? ` on ${pod.node}` : ''}
                </span>
                <span className={styles.marks}>
                  {pod.ready ? '✓ ready' : '✗ not ready'}
                  {pod.available !== undefined && (pod.available ? ' · ✓ available' : ' · not available')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
