/**
 * The manifest editor on the production build, one page load per kind (Pod, Deployment, Ingress): an
 * unknown field, a wrong type, a removed apiVersion and broken YAML each show their problem on the
 * line that was changed; undo brings back "valid"; Reset restores the file byte for byte (checked
 * through Download); a draft survives a reload. The same editor offline, under the deployed
 * Content-Security-Policy, is in tests/deploy/offline.test.ts.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, siteUrl } from './site';
import { lineOf, openEditor, replaceLine, summary, VALID } from './editor-support';

interface Edit {
  what: string;
  /** Text that identifies the line to change (its first occurrence in the file). */
  line: string;
  /** What replaces the line's text after its indentation. */
  replacement: string;
  /** A word of the expected message. */
  message: RegExp;
}

interface Case {
  kind: string;
  page: string;
  file: string;
  edits: Edit[];
}

const CASES: Case[] = [
  {
    kind: 'Pod',
    page: '/ch06-volumes',
    file: 'ch06/fortune-pod.yml',
    edits: [
      { what: 'unknown field', line: 'emptyDir:', replacement: 'emptyDri: {}', message: /unknown field emptyDri/ },
      {
        what: 'wrong type',
        line: '- containerPort: 80',
        replacement: '- containerPort: "eighty"',
        message: /must be an integer/,
      },
      {
        what: 'removed apiVersion',
        line: 'apiVersion: v1',
        replacement: 'apiVersion: extensions/v1beta1',
        message: /extensions\/v1beta1 does not serve Pod: use apiVersion v1/,
      },
      { what: 'broken YAML', line: 'name: fortune', replacement: 'name: fortune: x', message: /./ },
    ],
  },
  {
    kind: 'Deployment',
    page: '/ch09-deployments',
    file: 'ch09/kubia-deployment-v1.yml',
    edits: [
      { what: 'unknown field', line: 'replicas: 3', replacement: 'replicaz: 3', message: /unknown field replicaz/ },
      {
        what: 'wrong type',
        line: 'replicas: 3',
        replacement: 'replicas: "three"',
        message: /must be an integer, not the string "three"/,
      },
      {
        what: 'removed apiVersion',
        line: 'apiVersion: apps/v1',
        replacement: 'apiVersion: apps/v1beta2',
        message: /removed in Kubernetes 1\.16\): use apiVersion apps\/v1/,
      },
      { what: 'broken YAML', line: 'name: kubia', replacement: 'name: kubia: x', message: /./ },
    ],
  },
  {
    kind: 'Ingress',
    page: '/ch05-services',
    file: 'ch05/ingress.yml',
    edits: [
      {
        what: 'unknown field',
        line: 'ingressClassName:',
        replacement: 'ingresClassName: nginx',
        message: /unknown field ingresClassName/,
      },
      { what: 'wrong type', line: 'number: 80', replacement: 'number: "eighty"', message: /must be an integer/ },
      {
        what: 'removed apiVersion',
        line: 'apiVersion: networking.k8s.io/v1',
        replacement: 'apiVersion: extensions/v1beta1',
        message: /removed in Kubernetes 1\.22\): use apiVersion networking\.k8s\.io\/v1/,
      },
      { what: 'broken YAML', line: 'name: kubia', replacement: 'name: kubia: x', message: /./ },
    ],
  },
];

async function downloadEdited(page: Page, editor: Locator): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor.getByRole('button', { name: /^Download the edited/ }).click(),
  ]);
  return fs.readFileSync(await download.path());
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(CASES)('editing a $kind ($file)', ({ page: pathname, file, edits }) => {
  const original = fs.readFileSync(path.join('manifests', file));
  const text = original.toString('utf8');
  let context: BrowserContext;
  let page: Page;
  let editor: Locator;

  beforeAll(async () => {
    context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${siteUrl()}${pathname}`);
    await hydrated(page);
    editor = await openEditor(page, file);
  });
  afterAll(async () => {
    await context?.close();
  });

  test('opens on the file, valid', async () => {
    await expect.poll(() => summary(editor)).toBe(VALID);
    expect(await editor.locator('.cm-content').getAttribute('aria-label')).toBe(`Edit manifest ${file}`);
    expect(await editor.locator('.cm-lineNumbers .cm-gutterElement').count()).toBeGreaterThan(
      text.split('\n').length - 2,
    );
  });

  test.each(edits)('$what: the problem is shown on its line; undo makes it valid again', async (edit) => {
    const line = lineOf(text, edit.line);
    await replaceLine(page, editor, line, edit.replacement);
    await expect.poll(() => summary(editor)).toMatch(/^\d+ problems?$/);
    const item = editor.locator(`li[data-line="${line}"]`).first();
    await item.waitFor();
    expect(await item.textContent()).toMatch(new RegExp(`^${line}:\\d+`));
    expect(await item.textContent()).toMatch(edit.message);
    // The inline mark: a lint range inside that line of the editor.
    const lineElement = editor.locator('.cm-line').nth(line - 1);
    expect(await lineElement.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => summary(editor)).toBe(VALID);
    expect(await editor.locator('li[data-line]').count()).toBe(0);
  });

  test('a draft survives a reload, marked "edited"; Reset gives back the file byte for byte', async () => {
    const line = lineOf(text, edits[0]?.line ?? '');
    await replaceLine(page, editor, line, edits[0]?.replacement ?? '');
    await expect.poll(() => summary(editor)).toMatch(/problem/);
    await page.reload();
    await hydrated(page);
    const box = page.locator(`details[data-manifest="${file}"]`).first();
    await box.getByText('edited', { exact: true }).waitFor();
    editor = await openEditor(page, file);
    await expect.poll(() => summary(editor)).toMatch(/problem/);
    expect((await downloadEdited(page, editor)).equals(original)).toBe(false);
    await editor.getByRole('button', { name: /^Reset/ }).click();
    await expect.poll(() => summary(editor)).toBe(VALID);
    expect((await downloadEdited(page, editor)).equals(original)).toBe(true);
    expect(await box.getByText('edited', { exact: true }).count()).toBe(0);
    // The page's own embed never changed.
    await box.locator(`[data-edit-manifest="${file}"]`).click();
    expect(await box.locator('.kia-code').isVisible()).toBe(true);
  });
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.each(['light', 'dark'] as const)('the open editor in %s mode', (mode) => {
  test('has no axe violations (colours of the highlighting, problem list, buttons)', async () => {
    const context = await browser.newContext({ colorScheme: mode });
    try {
      const page = await context.newPage();
      await page.goto(`${siteUrl()}/ch05-services`);
      await hydrated(page);
      const file = 'ch05/ingress.yml';
      const editor = await openEditor(page, file);
      const line = lineOf(fs.readFileSync(path.join('manifests', file), 'utf8'), 'ingressClassName:');
      await replaceLine(page, editor, line, 'ingresClassName: nginx');
      await editor.locator(`li[data-line="${line}"]`).waitFor();
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async (selector) => {
        const axe = (
          window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }
        ).axe;
        const result = await axe.run(document.querySelector(selector), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        });
        return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      }, `[data-manifest-editor="${file}"]`);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
