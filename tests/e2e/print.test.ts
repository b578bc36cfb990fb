/**
 * Printing a chapter (src/css/print.css, src/clientModules/print.ts), in both colour modes: only the
 * notes are printed, in light colours, with every folded card and support file in full (by the print
 * stylesheet alone, folds untouched), code wrapped, the light render of every diagram, external link
 * addresses shown and the chapter title in the page margin.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, siteUrl } from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page in the given colour mode and prepares it as the browser does for printing. */
async function printed(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto(`${siteUrl()}${path}`);
  await hydrated(page);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  return page;
}

const displayOf = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (elements) => elements.map((element) => getComputedStyle(element).display));

describe.each(['light', 'dark'] as const)('printing in %s mode', (colorScheme) => {
  test('only the notes, dark text on white, code wrapped, diagrams in light', async () => {
    const page = await printed('/ch07-configmaps-secrets', colorScheme);
    for (const selector of [
      '.navbar',
      '.theme-doc-sidebar-container',
      '.theme-doc-toc-desktop',
      '.pagination-nav',
      '.footer',
      '[data-print="hide"]',
    ]) {
      const displays = await displayOf(page, selector);
      expect(displays.length, selector).toBeGreaterThan(0);
      expect(new Set(displays), selector).toEqual(new Set(['none']));
    }
    const colours = await page.evaluate(() => {
      const paragraph = document.querySelector('.markdown > p:not(.notes-heading)') as Element;
      return {
        text: getComputedStyle(paragraph).color,
        page: getComputedStyle(document.documentElement).backgroundColor,
        scheme: getComputedStyle(document.documentElement).colorScheme,
      };
    });
    expect(colours.text).toBe('rgb(28, 30, 33)');
    expect(colours.page).toBe('rgb(255, 255, 255)');
    expect(colours.scheme).toBe('light');
    // Chapter 7 has folded manifests: their code in full on paper, though they stay folded on screen.
    expect(await page.locator('details[data-manifest]:not([open])').count()).toBeGreaterThan(5);
    expect(await page.locator('details[data-card-id]:not([open])').count()).toBeGreaterThan(5);
    const pre = await page.$$eval('.markdown pre', (blocks) =>
      blocks.map((block) => `${getComputedStyle(block).whiteSpace} ${getComputedStyle(block).overflow}`),
    );
    expect(new Set(pre)).toEqual(new Set(['pre-wrap visible']));
    // Diagrams (chapter 7 has rendered images and an inline relation graph): the light render of each,
    // whatever the screen's mode, and every image loaded by the time the page is printed.
    const lightDisplays = await displayOf(page, '.markdown .diagram-light');
    expect(lightDisplays.length).toBeGreaterThan(2);
    expect(lightDisplays).not.toContain('none');
    expect(new Set(await displayOf(page, '.markdown .diagram-dark'))).toEqual(new Set(['none']));
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll<HTMLImageElement>('.markdown img.diagram-light')).every(
        (image) => image.complete && image.naturalWidth > 0,
      ),
    );
    await page.context().close();
  });

  test('every folded <details> prints in full without any script: self-check answers, support files', async () => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/ch07-configmaps-secrets`);
    await hydrated(page);
    // What a folded card or support file holds: the answer, the file's code (its buttons never print).
    const hidden = () =>
      page.$$eval(
        'details[data-card-id]:not([open]) > :not(summary), details[data-manifest]:not([open]) > [data-manifest-code]',
        (parts) => parts.filter((part) => !part.checkVisibility()).map((part) => part.parentElement?.id),
      );
    // On screen the cards and support files are folded...
    const folded = await page.locator('details:not([open])').count();
    expect(folded).toBeGreaterThan(20);
    expect((await hidden()).length).toBeGreaterThan(20);
    // ...on paper (no beforeprint: npm run pdf builds the whole-site PDF without printing each page)
    // everything shows, and the reader's folds stay as they were.
    await page.emulateMedia({ media: 'print' });
    expect(await hidden()).toEqual([]);
    expect(await page.locator('details:not([open])').count()).toBe(folded);
    const answer = await page.$eval('details[data-card-id] > :not(summary) > :first-child', (first) => ({
      label: getComputedStyle(first, '::before').content,
      rule: getComputedStyle(first.parentElement as Element).borderTopStyle,
    }));
    expect(answer).toEqual({ label: '"Answer: "', rule: 'dashed' });
    await context.close();
  });
});

test('external links print their address; the chapter title goes in the page margin', async () => {
  const page = await printed('/ch08-pod-metadata-api', 'light');
  const after = await page.$eval('.markdown a[href^="https://github.com/"]', (link) => ({
    href: link.getAttribute('href'),
    content: getComputedStyle(link, '::after').content,
  }));
  expect(after.content).toBe(`" (${after.href})"`);
  const margin = await page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('\n'),
  );
  const title = (await page.locator('main h1').textContent())?.trim();
  expect(title).toMatch(/pod metadata/i);
  expect(margin).toContain(`@top-center { content: "${title}";`);
  await page.context().close();
});
