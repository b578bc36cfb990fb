/**
 * The simulations' default runs reach the built pages as tables, readable without JavaScript, each in the
 * section that teaches its mechanism. Expected rows of the rollout are written by hand from the chapter's
 * manifests (3 replicas, maxSurge 1, maxUnavailable 0, v3 never ready, then `kubectl rollout undo`).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPageFile, readBuiltPage, sectionOf, select, selectAll, textOf, type HtmlElement } from '../builtHtml';

const buildDir = path.resolve('build');

const PLACES = [
  { name: 'replicaset', page: '/ch04-replication-controllers', section: 'create-replication-controller' },
  { name: 'endpoints', page: '/ch05-services', section: 'readiness-probes' },
  { name: 'rollout', page: '/ch09-deployments', section: 'blocking-rollouts-of-bad-versions' },
  { name: 'statefulset', page: '/ch10-statefulsets', section: 'stateful-set-pod-recovery' },
  { name: 'create-chain', page: '/ch11-internals', section: undefined },
];

function rows(simulation: HtmlElement): string[][] {
  return selectAll(simulation, '[data-simulation-static] tbody tr').map((tr) =>
    tr.childNodes.filter((node): node is HtmlElement => 'tagName' in node).map((cell) => textOf(cell).trim()),
  );
}

function simulationIn(root: Parameters<typeof select>[0], name: string): HtmlElement {
  const found = selectAll(root, 'section').find((element) =>
    element.attrs.some((a) => a.name === 'data-simulation' && a.value === name),
  );
  if (!found) throw new Error(`no simulation ${name}`);
  return found;
}

describe.each(PLACES)('simulation $name on $page', ({ name, page, section }) => {
  const built = readBuiltPage(builtPageFile(buildDir, page));
  test('is in its section, with its default run as a table', () => {
    const scope = section ? sectionOf(built.main, section) : built.main;
    expect(scope).toBeDefined();
    const simulation = simulationIn(scope!, name);
    expect(rows(simulation).length).toBeGreaterThan(5);
    expect(select(simulation, 'button')).toBeDefined();
  });
});

test('the rollout table of chapter 9, row by row where it matters', () => {
  const built = readBuiltPage(builtPageFile(buildDir, '/ch09-deployments'));
  const table = rows(simulationIn(built.main, 'rollout'));
  // Step, event, old, new, ready, available, total.
  expect(table[0]!.slice(2)).toEqual(['3', '0', '3', '3', '3']);
  expect(table[1]![1]).toMatch(/Scaled up replica set kubia-\w+ \(luksa\/kubia:v3\) from 0 to 1/);
  const exceeded = table.find((row) => row[1]!.includes('ProgressDeadlineExceeded'));
  expect(exceeded?.[1]).toMatch(/^\(600 s\)/);
  expect(exceeded?.slice(2)).toEqual(['3', '1', '3', '3', '4']);
  expect(table.at(-1)![1]).toContain('NewReplicaSetAvailable');
  expect(table.at(-1)!.slice(2)).toEqual(['0', '3', '3', '3', '3']);
});
