/**
 * Diagrams in the browser: the render of the current colour mode is shown and loaded, toggling the mode
 * swaps it without moving anything, scrolling loads no JavaScript (no diagram code runs), and a Mermaid
 * syntax error stops the renderer naming the page and line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, scrollThrough, siteUrl } from './site';
import { renderMissing } from '../../src/lib/build/diagrams/render';
import { siteDiagrams } from '../../src/lib/build/diagrams/sources';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('diagrams', () => {
  test('ch11: the shown render follows the colour mode, swaps in place, and scrolling loads no script', async () => {
    const context = await browser.newContext({
      colorScheme: 'light',
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'allow',
    });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${siteUrl()}/ch11-internals`);
    await hydrated(page);
    // The service worker's registration is a chunk loaded on a timer after hydration, scroll or not.
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The one script scrolling may load: the simulation panel's chunk, fetched on purpose as the panel nears
    // the viewport (src/components/Simulation/Launcher.tsx). Diagrams must load none.
    const counted = () => scripts.filter((url) => !/\/simulation-panel\.[^/]*\.js$/.test(url)).length;
    const loaded = counted();
    await scrollThrough(page);
    expect(counted()).toBe(loaded);

    const first = page.locator('figure').first();
    await first.scrollIntoViewIfNeeded();
    const visible = (theme: string) => first.locator(`img.diagram-${theme}`).isVisible();
    expect([await visible('light'), await visible('dark')]).toEqual([true, false]);
    await expect
      .poll(() =>
        first.locator('img.diagram-light').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      )
      .toBeGreaterThan(0);
    const before = await first.boundingBox();

    // The toggle cycles system, light and dark modes: click until the page is dark.
    const toggle = page.getByRole('button', { name: /mode/i }).first();
    for (let clicks = 0; clicks < 3 && (await page.getAttribute('html', 'data-theme')) !== 'dark'; clicks += 1) {
      await toggle.click();
    }
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect([await visible('light'), await visible('dark')]).toEqual([false, true]);
    await expect
      .poll(() =>
        first.locator('img.diagram-dark').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      )
      .toBeGreaterThan(0);
    const after = await first.boundingBox();
    expect(after?.height).toBeCloseTo(before?.height ?? 0, 0);
    await context.close();
  });

  test('a Mermaid syntax error stops the renderer naming the page and line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renders-'));
    try {
      const [broken] = siteDiagrams(path.resolve('tests/fixtures/bad-mermaid'));
      expect(broken?.origin).toBe('tests/fixtures/bad-mermaid/broken-diagram.mdx:7');
      await expect(renderMissing(dir, broken ? [broken] : [])).rejects.toThrow(
        /^tests\/fixtures\/bad-mermaid\/broken-diagram\.mdx:7: Mermaid cannot draw this diagram: .*Parse error/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
