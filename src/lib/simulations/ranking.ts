/**
 * Which pods a ReplicaSet (or ReplicationController) deletes first when it has too many: the order of
 * `ActivePodsWithRanks.Less` in kubernetes/kubernetes pkg/controller/controller_utils.go, as used by
 * `getPodsToDelete` in pkg/controller/replicaset/replica_set.go (the ReplicationController runs the same
 * code). The pod-deletion-cost annotation (rule 4 there) is left out: the chapters never set it.
 */

export interface RankedPod {
  name: string;
  /** Empty while the scheduler has not bound it. */
  node?: string;
  phase: 'Pending' | 'Unknown' | 'Running';
  ready: boolean;
  /** Simulated second the pod became ready (when ready). */
  readySince?: number;
  restarts: number;
  /** Simulated second the pod was created. */
  created: number;
}

/** podPhaseToOrdinal in controller_utils.go: Pending < Unknown < Running. */
const PHASE_ORDINAL = { Pending: 0, Unknown: 1, Running: 2 } as const;

/**
 * With the LogarithmicScaleDown feature (on by default since Kubernetes 1.22), durations are compared by
 * the power of two of their nanoseconds (`int(math.Log2(float64(d)))`), so pods of about the same age tie.
 */
function logBucket(now: number, since: number): number {
  const nanoseconds = Math.max(now - since, 0) * 1e9;
  return nanoseconds <= 0 ? -Infinity : Math.floor(Math.log2(nanoseconds));
}

/**
 * Sorts pods so that the first ones are deleted first. `rank` counts the pods of the same owner on the
 * pod's node (`getPodsRankedByRelatedPodsOnSameNode`): a doubled-up pod goes before a lone one.
 */
export function deletionOrder<P extends RankedPod>(pods: readonly P[], now: number): P[] {
  const rank = new Map<string, number>();
  for (const pod of pods) {
    if (pod.node) rank.set(pod.node, (rank.get(pod.node) ?? 0) + 1);
  }
  const rankOf = (pod: P) => (pod.node ? (rank.get(pod.node) ?? 0) : 0);
  return [...pods].sort((a, b) => {
    // 1. Unassigned < assigned.
    if (!a.node !== !b.node) return a.node ? 1 : -1;
    // 2. PodPending < PodUnknown < PodRunning.
    if (a.phase !== b.phase) return PHASE_ORDINAL[a.phase] - PHASE_ORDINAL[b.phase];
    // 3. Not ready < ready.
    if (a.ready !== b.ready) return a.ready ? 1 : -1;
    // 5. Doubled up < not doubled up: the higher rank goes first.
    if (rankOf(a) !== rankOf(b)) return rankOf(b) - rankOf(a);
    // 6. Been ready for less time < more time (both ready here).
    if (a.ready && b.ready) {
      const ra = logBucket(now, a.readySince ?? now);
      const rb = logBucket(now, b.readySince ?? now);
      if (ra !== rb) return ra - rb;
    }
    // 7. Higher restart count < lower restart count.
    if (a.restarts !== b.restarts) return b.restarts - a.restarts;
    // 8. Newer < older.
    const ca = logBucket(now, a.created);
    const cb = logBucket(now, b.created);
    if (ca !== cb) return ca - cb;
    // Kubernetes breaks a full tie by the pods' UIDs (random); here the name keeps runs replayable.
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}
