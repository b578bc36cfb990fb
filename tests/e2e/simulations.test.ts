/**
 * The step-through simulations on the production build, one per chapter: the default run is in the
 * static HTML as a table; the panel opens, a changed parameter replays the run, stepping (by keyboard)
 * to the end fills the log table, and a bad value shows the API server's error while the last valid
 * run stays on screen.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, siteUrl } from './site';

interface Case {
  name: string;
  page: string;
  param: string;
  value: string;
  /** The log table's last row after stepping to the end: its event and its counts. */
  lastEvent: RegExp;
  lastCounts?: string[];
  /** Another row the changed parameter makes. */
  row?: RegExp;
  /** `field`: the input marked invalid, when the API server names another field than the one changed. */
  bad: { param: string; value: string; error: string; field?: string };
}

const CASES: Case[] = [
  {
    name: 'replicaset',
    page: '/ch04-replication-controllers',
    param: 'replicas',
    value: '4',
    lastEvent: /Started kubia-\w+ on node-\d: Running, Ready/,
    row: /ReplicationController kubia: 0 of 4 pods: SuccessfulCreate/,
    bad: {
      param: 'replicas',
      value: '-1',
      error: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    },
  },
  {
    name: 'endpoints',
    page: '/ch05-services',
    param: 'failureThreshold',
    value: '1',
    lastEvent: /kubelet probes: all pass, nothing changes/,
    lastCounts: ['3', '3', '3', '0'],
    row: /not ready \(1 failures in a row\): endpoint 10\.244\.1\.11 not ready/,
    bad: {
      param: 'periodSeconds',
      value: '-5',
      error: 'spec.containers[0].readinessProbe.periodSeconds: Invalid value: -5: must be greater than or equal to 0',
    },
  },
  {
    name: 'rollout',
    page: '/ch09-deployments',
    param: 'image',
    value: 'luksa/kubia:v2',
    lastEvent: /Progressing=True reason NewReplicaSetAvailable/,
    lastCounts: ['0', '3', '3', '3', '3'],
    bad: {
      param: 'maxSurge',
      value: '0',
      error: 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
      field: 'maxUnavailable',
    },
  },
  {
    name: 'statefulset',
    page: '/ch10-statefulsets',
    param: 'podManagementPolicy',
    value: 'Parallel',
    lastEvent: /kubia-0 Ready/,
    row: /SuccessfulCreate pod kubia-0 \(claim data-kubia-0 created\), pod kubia-1 \(claim data-kubia-1 created\)/,
    bad: { param: 'replicas', value: 'two', error: 'spec.replicas: Invalid value: "two": must be a whole number' },
  },
  {
    name: 'create-chain',
    page: '/ch11-internals',
    param: 'replicas',
    value: '2',
    lastEvent: /Started container/,
    lastCounts: ['1', '1', '2', '2', '2'],
    bad: {
      param: 'nodes',
      value: '0',
      error: 'nodes (of the cluster): Invalid value: 0: must be greater than or equal to 1',
    },
  },
];

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function rows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent ?? '')),
    );
}

async function setParam(panel: Locator, name: string, value: string): Promise<void> {
  const field = panel.locator(`[name="${name}"]`);
  if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value);
}

describe.each(CASES)('simulation $name ($page)', (c) => {
  let page: Page;
  let section: Locator;

  beforeAll(async () => {
    page = await browser.newPage();
    await page.goto(`${siteUrl()}${c.page}`);
    await hydrated(page);
    section = page.locator(`[data-simulation="${c.name}"]`);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the default run is a table in the page', async () => {
    const table = section.locator('[data-simulation-static] table');
    expect((await rows(table)).length).toBeGreaterThan(5);
  });

  test('a changed parameter replays the run; stepping to the end fills the log', async () => {
    await section.getByRole('button', { name: 'Step through it yourself' }).click();
    const panel = section.locator('[data-simulation-panel]');
    await panel.waitFor();
    expect(await section.locator('[data-simulation-static]').isHidden()).toBe(true);
    await setParam(panel, c.param, c.value);
    await expect.poll(() => panel.locator('[data-simulation-status]').textContent()).toMatch(/^Step 0 of \d+/);
    const step = panel.getByRole('button', { name: 'Step', exact: true });
    await step.focus();
    while (await step.isEnabled()) await page.keyboard.press('Enter');
    const status = (await panel.locator('[data-simulation-status]').textContent()) ?? '';
    const [, shown, total] = /^Step (\d+) of (\d+)/.exec(status) ?? [];
    expect(shown).toBe(total);
    const log = await rows(panel.locator('[data-simulation-log]'));
    expect(log).toHaveLength(Number(total) + 1);
    const last = log.at(-1)!;
    expect(last[1]).toMatch(c.lastEvent);
    if (c.lastCounts) expect(last.slice(2)).toEqual(c.lastCounts);
    if (c.row) expect(log.some((row) => c.row!.test(row[1] ?? ''))).toBe(true);
  });

  test("a bad value shows the API server's error and keeps the last valid run", async () => {
    const panel = section.locator('[data-simulation-panel]');
    const before = await rows(panel.locator('[data-simulation-log]'));
    await setParam(panel, c.bad.param, c.bad.value);
    const errors = panel.locator('[data-simulation-errors]');
    await expect.poll(() => errors.textContent()).toContain(c.bad.error);
    expect(await panel.locator(`[name="${c.bad.field ?? c.bad.param}"]`).getAttribute('aria-invalid')).toBe('true');
    expect(await rows(panel.locator('[data-simulation-log]'))).toEqual(before);
  });
});

describe.each(['light', 'dark'] as const)('the open panel in %s mode', (mode) => {
  test('has no axe violations (contrast of the pod marks and the notice included)', async () => {
    const context = await browser.newContext({ colorScheme: mode });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/ch09-deployments`);
    await hydrated(page);
    const section = page.locator('[data-simulation="rollout"]');
    await section.getByRole('button', { name: 'Step through it yourself' }).click();
    const panel = section.locator('[data-simulation-panel]');
    await panel.waitFor();
    // A few steps in, so both ready and not-ready pods are drawn; and a notice on screen.
    for (let i = 0; i < 4; i++) await panel.getByRole('button', { name: 'Step', exact: true }).click();
    await setParam(panel, 'maxSurge', '25');
    await panel.locator('[data-simulation-notice]').waitFor();
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      const result = await axe.run('[data-simulation="rollout"]', {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return result.violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
