/**
 * Search as a reader uses it: type a real query into the search box, open the first result, and check it
 * lands on a section (the URL's anchor, not just the page) that the chapter sources say holds the command
 * or the word. Also: `k` and `kubectl` find the same places, matches are highlighted on the target page,
 * Ctrl+K and `/` focus the box, and the index is a static file fetched only when search is used.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { siteUrl } from './site';
import { sectionsWithCommand, sectionsWithWord } from './searchExpectations';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

async function openHydrated(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${siteUrl()}${path}`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return page;
}

const options = (page: Page) => page.locator('[role="listbox"] [role="option"]');

/** Types the query key by key and waits until the result list has settled on it. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await page.keyboard.type(query, { delay: 25 });
  await options(page).first().waitFor({ state: 'visible', timeout: 15_000 });
  // Results of earlier keystrokes may still be on screen: wait for two equal readings in a row.
  let previous = '';
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const current = (await options(page).allInnerTexts()).join('\n');
    if (current === previous) break;
    previous = current;
    await page.waitForTimeout(150);
  }
  return options(page).allInnerTexts();
}

/** Opens the first result and returns where it landed: `/ch05-services#service-endpoints`. */
async function openFirstResult(page: Page): Promise<{ href: string; url: URL }> {
  await options(page).first().click();
  await page.waitForURL((url) => url.searchParams.has('_highlight'), { timeout: 15_000 });
  const url = new URL(page.url());
  return { href: `${url.pathname}${url.hash}`, url };
}

const commandQueries = [
  'kubectl create configmap',
  'k create configmap',
  'kubectl get endpoints',
  'port-forward',
  'rollout undo',
];
const wordQueries = ['svc', 'pvc', 'componentstatuses', 'subPath'];

const cases = [
  ...commandQueries.map((query) => ({ query, expected: sectionsWithCommand(query), kind: 'runs the command' })),
  ...wordQueries.map((query) => ({ query, expected: sectionsWithWord(query), kind: 'names the word or a synonym' })),
];

describe('search lands on the section', () => {
  test.each(cases.map((item) => [item.query, item.kind, item.expected] as const))(
    '"%s": the first result opens a section that %s',
    async (query, _kind, expected) => {
      expect(expected.size, `no section of docs/ contains "${query}": nothing to find`).toBeGreaterThan(0);
      const page = await openHydrated('/');
      await typeQuery(page, query);
      const { href, url } = await openFirstResult(page);
      expect([...expected], `first result for "${query}"`).toContain(href);
      if (url.hash) {
        // The section is on the page the browser opened.
        const heading = page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`);
        await expect.poll(() => heading.count(), { timeout: 5_000 }).toBe(1);
      }
      await page.close();
    },
  );

  test('`k` and `kubectl` find the same places', async () => {
    const results: Record<string, { texts: string[]; href: string }> = {};
    for (const query of ['kubectl create configmap', 'k create configmap']) {
      const page = await openHydrated('/');
      const texts = await typeQuery(page, query);
      const { href } = await openFirstResult(page);
      // Snippets differ in which word is marked; the sections listed must not.
      results[query] = { texts: texts.map((text) => text.split('\n').slice(-1)[0] ?? ''), href };
      await page.close();
    }
    expect(results['k create configmap']).toEqual(results['kubectl create configmap']);
  });
});

describe('highlighting on the target page', () => {
  test('marks the query words and their synonyms, and a short word only as a whole word', async () => {
    const page = await openHydrated('/');
    await typeQuery(page, 'k get pvc');
    await openFirstResult(page);
    const marks = page.locator('article mark');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    const texts = await marks.evaluateAll((elements) =>
      elements.map((element) => (element.textContent ?? '').toLowerCase()),
    );
    expect(texts.some((text) => text === 'kubectl' || text === 'k')).toBe(true);
    // Every mark is a query word or a synonym: no stray letter k inside "Kubernetes".
    const allowed = ['k', 'kubectl', 'get', 'pvc', 'persistentvolumeclaim', 'persistentvolumeclaims'];
    expect(texts.filter((text) => !allowed.some((word) => text.startsWith(word)))).toEqual([]);
    const glued = await marks.evaluateAll(
      (elements) =>
        elements
          .filter((element) => element.textContent?.toLowerCase() === 'k')
          .filter((element) => /^[a-z0-9]/i.test(element.nextSibling?.textContent ?? '')).length,
    );
    expect(glued).toBe(0);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('the open result list in %s mode', (mode) => {
  // Colour contrast only: the list's structure is the plugin's (autocomplete.js puts a "See all results" link
  // inside the listbox, which axe reports as aria-required-children) and is not changed here.
  test('meets AA colour contrast, selected result and section paths included', async () => {
    const themed = await browser.newContext({ colorScheme: mode });
    const page = await themed.newPage();
    await page.goto(`${siteUrl()}/ch05-services`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.locator('input.navbar__search-input').click();
    await page.keyboard.type('k get svc', { delay: 25 });
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({ state: 'visible' });
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run('[role="listbox"]', { runOnly: { type: 'rule', values: ['color-contrast'] } });
      return result.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    await themed.close();
  });
});

describe('keyboard', () => {
  const focused = (page: Page) =>
    page.evaluate(() => document.activeElement?.classList.contains('navbar__search-input') ?? false);

  test('Ctrl+K focuses the search box', async () => {
    const page = await openHydrated('/ch05-services');
    await page.locator('article').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    await expect.poll(() => focused(page)).toBe(true);
    await page.close();
  });

  test('/ focuses the search box without typing the slash, but types it in other fields', async () => {
    const page = await openHydrated('/commands');
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    await expect.poll(() => focused(page)).toBe(true);
    expect(await page.locator('input.navbar__search-input').inputValue()).toBe('');
    // Once its index has loaded, the plugin focuses its box again if it was focused before, even when the
    // reader has moved on since (a plugin quirk): let it load before moving to another field.
    await page.waitForFunction(() => document.querySelector('[role="listbox"]') !== null);
    const filter = page.locator('#command-filter');
    await filter.click();
    await page.keyboard.type('a/b');
    expect(await filter.inputValue()).toBe('a/b');
    expect(await focused(page)).toBe(false);
    await page.close();
  });
});

describe('the index is loaded lazily from the site', () => {
  test('no page fetches it before the search box is used, and it comes from the same origin', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${siteUrl()}/ch06-volumes`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('search-index'))).toEqual([]);
    await typeQuery(page, 'pvc');
    expect(requests.filter((url) => url.includes('search-index'))).toEqual([`${siteUrl()}/search-index.json`]);
    expect(requests.filter((url) => !url.startsWith(siteUrl()))).toEqual([]);
    await page.close();
  });
});
