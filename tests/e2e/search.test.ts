/**
 * Search as a learner uses it: every query of ./searchQueries.ts typed into the navbar box of one page, and
 * the first result must be the section (page and heading anchor) the notes answer it in. Also: opening a
 * result lands on that section, `/` and Ctrl+K focus the box, Pagefind loads only when the box is first
 * used and only from the site, and the open list meets colour contrast in both modes.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, siteUrl } from './site';
import { learnerQueries } from './searchQueries';

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

async function openHydrated(path: string, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
  await page.goto(`${siteUrl()}${path}`);
  await hydrated(page);
  return page;
}

const input = (page: Page) => page.locator('input.navbar__search-input');

/** Types the query and returns the href of each result, once the list shows results for this query. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  await input(page).fill('');
  await input(page).fill(query);
  // The list names the query its results answer (data-query): wait for this query's own results, and read
  // them in the same evaluation so that a later render cannot slip in between.
  const handle = await page.waitForFunction(
    (typed) => {
      const box = document.querySelector<HTMLInputElement>('input.navbar__search-input');
      const list = document.querySelector<HTMLElement>('[role="listbox"]');
      if (box?.value !== typed || box.getAttribute('aria-expanded') !== 'true') return null;
      if (list?.dataset.query !== typed) return null;
      return Array.from(list.querySelectorAll('[role="option"]')).map((item) => item.getAttribute('data-href') ?? '');
    },
    query,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string[];
}

/**
 * Queries whose first result must be their section: all of them since sections are indexed as records of their
 * own and ranked in tiers (src/lib/searchResults.ts), 67 of 67 on 2026-12-01 (58 before). The failure message
 * lists the misses.
 */
const HITS_AT_LEAST = learnerQueries.length;

describe('every learner query lands on its section', () => {
  test(`${learnerQueries.length} queries: the first result is the expected section, anchor included`, async () => {
    const page = await openHydrated('/');
    const misses: string[] = [];
    for (const { query, href } of learnerQueries) {
      const [first] = await resultsFor(page, query);
      if (first !== href) misses.push(`"${query}": got ${first ?? 'no result'}, expected ${href}`);
    }
    await page.close();
    expect(learnerQueries.length - misses.length, misses.join('\n')).toBeGreaterThanOrEqual(HITS_AT_LEAST);
  }, 120_000);

  test('Enter opens the first result at its section', async () => {
    const page = await openHydrated('/ch04-replication-controllers');
    await resultsFor(page, 'maxSurge');
    await input(page).press('Enter');
    await page.waitForURL(/\/ch09-deployments#rolling-update-strategy/);
    // The URL changes before the chapter's route has rendered (slower on a busy machine): wait for the heading.
    const heading = page.locator('[id="rolling-update-strategy---maxsurge-and-maxunavailable-properties"]');
    await expect.poll(() => heading.count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });
});

describe('results belong to the query on screen', () => {
  test("an Enter pressed before the new results arrive opens the new query's result, not the previous one", async () => {
    const page = await openHydrated('/ch04-replication-controllers');
    await resultsFor(page, 'cluster-info');
    // Type the next query and press Enter at once: the previous query's results must not be opened.
    await input(page).fill('maxSurge');
    await input(page).press('Enter');
    await page.waitForURL(/\/ch09-deployments#rolling-update-strategy/, { timeout: 15_000 });
    await page.close();
  });

  test("while a new query is pending, the list does not show the previous query's results", async () => {
    const page = await openHydrated('/');
    await resultsFor(page, 'cluster-info');
    const seen = await page.evaluate(async () => {
      const box = document.querySelector<HTMLInputElement>('input.navbar__search-input')!;
      const list = document.querySelector<HTMLElement>('[role="listbox"]')!;
      const states: string[] = [];
      const record = () => {
        if (!list.hidden) states.push(list.dataset.query ?? '(none)');
      };
      const observer = new MutationObserver(record);
      observer.observe(list, { attributes: true, childList: true, subtree: true });
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(box, 'maxSurge');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const poll = () => (list.dataset.query === 'maxSurge' ? resolve() : setTimeout(poll, 10));
        poll();
      });
      observer.disconnect();
      record();
      return states;
    });
    expect(seen.filter((state) => state !== 'maxSurge')).toEqual([]);
    await expect
      .poll(() => page.locator('.navbar [role="search"] [role="status"]').textContent())
      .toMatch(/results? for maxSurge/);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('the open result list in %s mode', (mode) => {
  test('meets AA colour contrast, selected result and excerpts included', async () => {
    const themed = await browser.newContext({ colorScheme: mode });
    const page = await openHydrated('/ch05-services', themed);
    await resultsFor(page, 'k get svc');
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
      const result = await axe.run('.navbar', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
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
    await page.locator('article h1').first().click();
    await page.keyboard.press('Control+k');
    await expect.poll(() => focused(page), { timeout: 5_000 }).toBe(true);
    await page.close();
  });

  test('/ focuses the search box without typing the slash, but types it in other fields', async () => {
    const page = await openHydrated('/commands');
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    await expect.poll(() => focused(page)).toBe(true);
    expect(await input(page).inputValue()).toBe('');
    const filter = page.locator('#command-filter');
    await filter.click();
    await page.keyboard.type('a/b');
    expect(await filter.inputValue()).toBe('a/b');
    expect(await focused(page)).toBe(false);
    await page.close();
  });

  test('arrows move the selection, announced through aria-activedescendant', async () => {
    const page = await openHydrated('/');
    await resultsFor(page, 'secret');
    const active = () => input(page).getAttribute('aria-activedescendant');
    const first = await active();
    await input(page).press('ArrowDown');
    expect(await active()).not.toBe(first);
    expect(await page.locator('[role="option"][aria-selected="true"]').getAttribute('id')).toBe(await active());
    await page.close();
  });
});

describe('Pagefind is loaded lazily from the site', () => {
  test('no page fetches it before the search box is used, and it comes from the same origin', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${siteUrl()}/ch06-volumes`);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await resultsFor(page, 'pvc');
    const search = requests.filter((url) => url.includes('/pagefind/'));
    expect(search).toContain(`${siteUrl()}/pagefind/pagefind.js`);
    expect(search.some((url) => url.endsWith('.pf_index'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(siteUrl()))).toEqual([]);
    await page.close();
  });
});
