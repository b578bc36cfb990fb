/** The step loop every simulation shares: the reader's actions, then what the controllers do about them. */
import type { ScriptedAction, SimStep } from './types';

export interface Machine {
  /** Carries out an action; returns the event line. */
  apply(action: ScriptedAction): string;
  /** The next thing the cluster does by itself (mutating the state), or undefined when nothing is left. */
  react(): string | undefined;
  /** The counts, pods and notes of the current state. */
  view(): Omit<SimStep, 'event' | 'action'>;
}

/** Longest run: a reader can always make a run longer than a page should show. */
export const MAX_STEPS = 200;

export function runMachine(machine: Machine, start: string, script: readonly ScriptedAction[]): SimStep[] {
  const steps: SimStep[] = [{ event: start, ...machine.view() }];
  // Actions pinned to a step first, in step order; the rest in their order, when the cluster is idle.
  const queue = script
    .map((action, index) => ({ action, index }))
    .sort((a, b) => (a.action.afterStep ?? Infinity) - (b.action.afterStep ?? Infinity) || a.index - b.index)
    .map(({ action }) => action);
  while (steps.length < MAX_STEPS) {
    const at = steps.length - 1;
    const next = queue[0];
    if (next && next.afterStep !== undefined && next.afterStep <= at) {
      queue.shift();
      steps.push({ event: machine.apply(next), ...machine.view(), action: { ...next, afterStep: at } });
      continue;
    }
    const reaction = machine.react();
    if (reaction !== undefined) {
      steps.push({ event: reaction, ...machine.view() });
      continue;
    }
    if (!next) break;
    queue.shift();
    steps.push({ event: machine.apply(next), ...machine.view(), action: { ...next, afterStep: at } });
  }
  return steps;
}
