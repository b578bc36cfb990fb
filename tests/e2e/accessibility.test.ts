/**
 * axe-core on every page, in light and dark mode: WCAG 2 A/AA (colour contrast included) plus heading
 * order, landmarks and other best practices. Diagrams are given time to render first.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, scrollThrough, sitemapPaths, siteUrl } from './site';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (mode) => {
  test.each(sitemapPaths())('%s has no axe violations', async (path) => {
    const context = await browser.newContext({ colorScheme: mode });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}${path}`);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return result.violations;
    });
    const summary = (violations as AxeViolation[]).map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join(', ')})`,
    );
    expect(summary).toEqual([]);
    await context.close();
  });
});

test('keyboard: the first Tab reaches the skip link, which skips the navigation', async () => {
  const page = await browser.newPage();
  await page.goto(`${siteUrl()}/ch04-replication-controllers`);
  await hydrated(page);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  expect(focused).toMatch(/skip to main content/i);
  await page.keyboard.press('Enter');
  // Docusaurus focuses <main> and drops its temporary tabindex, so Chromium moves focus back to <body>
  // but keeps <main> as the starting point: the next Tab must land inside the content, past the navbar.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') != null)).toBe(true);
  await page.close();
});
