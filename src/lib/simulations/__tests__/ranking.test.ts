import { describe, expect, it } from 'vitest';
import { deletionOrder, type RankedPod } from '../ranking';

const pod = (name: string, fields: Partial<RankedPod>): RankedPod => ({
  name,
  node: 'n1',
  phase: 'Running',
  ready: true,
  readySince: 0,
  restarts: 0,
  created: 0,
  ...fields,
});

describe('deletionOrder (ActivePodsWithRanks, controller_utils.go)', () => {
  it('puts unassigned before assigned, Pending before Unknown before Running, not ready before ready', () => {
    const pods = [
      pod('running-ready', { node: 'a' }),
      pod('running-not-ready', { node: 'b', ready: false }),
      pod('unknown', { node: 'c', phase: 'Unknown', ready: false }),
      pod('pending', { node: 'd', phase: 'Pending', ready: false }),
      pod('unassigned', { node: undefined, phase: 'Pending', ready: false }),
    ];
    expect(deletionOrder(pods, 1000).map((p) => p.name)).toEqual([
      'unassigned',
      'pending',
      'unknown',
      'running-not-ready',
      'running-ready',
    ]);
  });

  it('then a doubled-up pod before a lone one, then the one ready for less time (by powers of two)', () => {
    const doubled = [pod('lone', { node: 'x' }), pod('pair-1', { node: 'y' }), pod('pair-2', { node: 'y' })];
    expect(deletionOrder(doubled, 1000)[0]!.name).toMatch(/^pair-/);
    // Ready 10 s versus 600 s ago: different powers of two; 600 versus 601 s: the same one, so names decide.
    const lone = (name: string, readySince: number, node: string) => pod(name, { node, readySince });
    expect(deletionOrder([lone('old', 400, 'p'), lone('young', 990, 'q')], 1000).map((p) => p.name)).toEqual([
      'young',
      'old',
    ]);
    expect(deletionOrder([lone('b', 400, 'p'), lone('a', 399, 'q')], 1000).map((p) => p.name)).toEqual(['a', 'b']);
  });

  it('then more restarts first, then the newer pod', () => {
    expect(
      deletionOrder([pod('calm', { node: 'p' }), pod('restarts', { node: 'q', restarts: 4 })], 1000)[0]!.name,
    ).toBe('restarts');
    const newer = pod('newer', { node: 'p', created: 990, readySince: 0 });
    expect(deletionOrder([pod('older', { node: 'q', created: 0 }), newer], 1000)[0]!.name).toBe('newer');
  });
});
