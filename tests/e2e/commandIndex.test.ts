/**
 * The kubectl command index at /commands: it is in the static HTML, the filter narrows the list as you type,
 * a copy button copies the exact command, and every section link lands on a section that shows the command.
 * Expectations come from the chapter sources through src/lib/commandIndex.ts, never from a hand-made list.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, siteUrl } from './site';
import { buildCommandIndex, type IndexedCommand } from '../../src/lib/notesCommandIndex';
import { docs } from './searchExpectations';

const index = buildCommandIndex(docs);
const entries = index.kubectl.flatMap((section) => section.groups.flatMap((group) => group.commands));
/** Every kubectl command of the notes: entries and the near-identical commands folded into them. */
const kubectlCommands = entries.flatMap((entry) => [entry, ...entry.also]);
const otherCommands = index.other.flatMap((group) => group.commands);
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
});
afterAll(async () => {
  await browser?.close();
});

async function openIndex(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${siteUrl()}/commands`);
  await hydrated(page);
  return page;
}

const rows = (page: Page) => page.locator('li[data-command]');
const results = (page: Page) =>
  page.locator('[data-result]').evaluateAll((items) => items.map((item) => item.getAttribute('data-result')));

describe('command index page', () => {
  test('without JavaScript the page lists every kubectl command of the notes, grouped, with its sections and status', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${siteUrl()}/commands`);
    const listed = await rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-command')));
    expect(listed.sort()).toEqual(kubectlCommands.map((command) => command.command).sort());
    expect(kubectlCommands.length).toBeGreaterThan(40);
    const ids = await page.locator('main section[id]').evaluateAll((sections) => sections.map((section) => section.id));
    expect(ids).toEqual(expect.arrayContaining([...index.kubectl.map((section) => section.id), 'other-commands']));
    // Every section link of the data is there, and removed or deprecated commands carry status and replacement.
    const hrefs = await page
      .locator('li[data-command] a:not([href^="#kx"])')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(kubectlCommands.flatMap((command) => command.uses.map((use) => use.href))));
    const flagged = entries.filter((command) =>
      command.statuses.some((status) => status.kind === 'removed' || status.kind === 'deprecated'),
    );
    expect(flagged.length).toBeGreaterThan(0);
    for (const command of flagged) {
      const row = page.locator(`li[data-command="${command.command.replace(/["\\]/g, '\\$&')}"]`);
      const text = await row.first().textContent();
      for (const status of command.statuses) {
        expect(text).toContain(status.label);
        for (const replacement of status.replacements) expect(text).toContain(replacement);
      }
    }
    // Each verb opens with what it does.
    for (const section of index.kubectl) {
      expect(await page.locator(`[id="${section.id}"] p`).first().textContent()).toBe(`${section.description}.`);
    }
    await noJs.close();
  });

  test('the other tools are listed on demand', async () => {
    const page = await openIndex();
    await page.getByRole('button', { name: `Show ${index.counts.otherCommands} commands` }).click();
    const listed = await page
      .locator('#other-commands li[data-command]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-command')));
    expect(listed.sort()).toEqual(otherCommands.map((command) => command.command).sort());
    await page.close();
  });

  test('the find box brings up the command that does a task first', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${siteUrl()}/commands`);
    await hydrated(page);
    const filter = page.locator('#command-filter');
    const tasks: [string, RegExp][] = [
      ['roll back', /^kubectl rollout undo /],
      ['scale', /^kubectl scale /],
      ['logs', /^kubectl logs /],
      ['port forward', /^kubectl port-forward /],
      ['copy a file', /^kubectl cp$/],
      ['dry run', /--dry-run=client/],
      ['watch', /^kubectl get .* -w$/],
    ];
    for (const [task, expected] of tasks) {
      await filter.fill('');
      await filter.pressSequentially(task, { delay: 10 });
      await expect.poll(async () => (await results(page))[0], { message: task }).toMatch(expected);
    }
    await filter.fill('no-such-command-anywhere');
    await expect.poll(() => page.locator('[data-results]').textContent()).toContain('No command matches');
    // Offline-ready: everything the page needs comes from the site itself.
    expect(requests.filter((url) => !url.startsWith(siteUrl()))).toEqual([]);
    await page.close();
  });

  test('a 10,000-character query is answered with a message within 100 ms', async () => {
    const page = await openIndex();
    const filter = page.locator('#command-filter');
    // Warm up the find box's code paths, as any reader's first keystrokes do.
    await filter.fill('scale');
    await expect.poll(async () => (await results(page))[0]).toMatch(/^kubectl scale /);
    await filter.fill('');
    /** Time from the input event to the message on screen, measured in the page. */
    const answer = (text: string) =>
      page.evaluate(
        (value) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>('#command-filter');
            const count = document.querySelector('[data-testid="command-count"]');
            if (!input || !count) return resolve(Infinity);
            const observer = new MutationObserver(() => {
              if (count.textContent?.includes('10,000 characters')) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(count, { childList: true, characterData: true, subtree: true });
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
            const start = performance.now();
            setValue?.call(input, value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        text,
      );
    // The best of three: a shared machine may stall the page for reasons of its own during any one of them.
    const times: number[] = [];
    for (const text of [`"';|&$(x`.repeat(1250), 'x'.repeat(10_000), `kubectl ${'-'.repeat(9992)}`]) {
      times.push(await answer(text));
      await filter.fill('');
      await expect.poll(() => page.locator('[data-testid="command-count"]').textContent()).toMatch(/^\d+ commands$/);
    }
    expect(Math.min(...times), times.join(', ')).toBeLessThan(100);
    await page.close();
  });

  test('a copy button copies the exact command', async () => {
    const page = await openIndex();
    // One plain command and one whose text needs care: quotes, placeholders or a pipe.
    const tricky = entries.find((command) => /["'<|]/.test(command.command)) ?? entries[0];
    for (const command of [entries[0], tricky] as IndexedCommand[]) {
      const row = page.locator(`li[data-command="${command.command.replace(/["\\]/g, '\\$&')}"]`);
      await row.getByRole('button', { name: `Copy ${command.command}` }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(command.command);
      expect(await row.locator('code').first().textContent()).toBe(command.command);
    }
    await page.close();
  });

  test('on the first load the verb sections are the server’s HTML, not hydrated; a visit in the app renders them; rows work both ways', async () => {
    /** Whether React rendered the element (it holds a fiber) rather than adopting the server's HTML. */
    const renderedByReact = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$')));
    const ROW = '#kubectl-verbs li[data-command]';
    const page = await openIndex();
    expect(await renderedByReact(ROW)).toBe(false);
    expect(await renderedByReact('main h1')).toBe(true);

    // A link of an adopted row navigates in the app: the same document, no reload.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const link = page.locator(`${ROW} a:not([href^="#kx"])`).first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    await page.locator('article header').first().waitFor({ state: 'attached' });
    await page.goBack();
    await page.locator(ROW).first().waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    // Rendered this time, and its rows copy and explain as the adopted ones do (the tests above and explain.test.ts).
    expect(await renderedByReact(ROW)).toBe(true);
    const command = entries[0]?.command ?? '';
    const row = page.locator(`li[data-command="${command.replace(/["\\]/g, '\\$&')}"]`);
    await row.getByRole('button', { name: `Copy ${command}` }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(command);
    await row.locator('code[tabindex]').first().focus();
    await page.locator('#kx-popover').waitFor({ state: 'visible' });
    expect(await row.locator('code a[href^="#kx"]').count()).toBeGreaterThan(1);
    await page.close();
  });

  test('every section link lands on the section, which shows the command', async () => {
    const byHref = new Map<string, string[]>();
    for (const command of kubectlCommands) {
      for (const use of command.uses) byHref.set(use.href, [...(byHref.get(use.href) ?? []), command.command]);
    }
    expect(byHref.size).toBeGreaterThan(10);
    // One visit per page, reached by clicking its first link in the index; every section of it is read there.
    const byPage = new Map<string, string[]>();
    for (const href of byHref.keys()) {
      const pathname = href.split('#')[0] ?? href;
      byPage.set(pathname, [...(byPage.get(pathname) ?? []), href]);
    }
    const page = await openIndex();
    const problems: string[] = [];
    for (const [pathname, hrefs] of byPage) {
      const first = hrefs[0] ?? pathname;
      await page.locator(`a[href="${first}"]`).first().click();
      await page.waitForURL((url) => `${url.pathname}${url.hash}` === first);
      await page.locator('article header').first().waitFor({ state: 'attached' });
      for (const href of hrefs) {
        const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
        // The text of the section: from its heading to the next heading (the intro when there is no anchor).
        const text = await page.evaluate((hash) => {
          const start = hash
            ? document.getElementById(decodeURIComponent(hash.slice(1)))
            : document.querySelector('article header');
          if (!start) return null;
          const parts: string[] = [];
          for (
            let node = start.nextElementSibling;
            node && !/^H[1-6]$/.test(node.tagName);
            node = node.nextElementSibling
          ) {
            // textContent, not innerText: innerText is empty for code blocks not laid out yet
            // (content-visibility); code lines are separated by "\n" in the text itself.
            parts.push(node.textContent ?? '');
          }
          return parts.join('\n');
        }, hash);
        if (text === null) {
          problems.push(`${href}: no such section`);
          continue;
        }
        const normalized = text.replace(/\\\s*\n\s*(>\s*)?/g, ' ').replace(/\s+/g, ' ');
        for (const command of byHref.get(href) ?? []) {
          // The page may write the alias (`k get pods`) where the index writes kubectl.
          const rest = command.replace(/^kubectl /, '').replace(/\s+/g, ' ');
          if (!normalized.includes(rest)) problems.push(`${href}: does not show "${command}"`);
        }
      }
      await page.goBack();
      await page.waitForURL((url) => url.pathname === '/commands');
      await hydrated(page);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

/**
 * Verb sections off screen are not laid out at load (content-visibility); each keeps a height computed from
 * its rows and text meanwhile, so the scroll bar is about right and nothing in view moves as they are laid out.
 */
describe('verb sections off screen', () => {
  test.each([360, 1280])(
    'at %i px: not laid out at load, each reserves its height within 25% and the page within 5%',
    async (width) => {
      const sized = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await sized.newPage();
      await page.goto(`${siteUrl()}/commands`);
      await hydrated(page);
      const result = await page.evaluate(async () => {
        const sections = Array.from(document.querySelectorAll<HTMLElement>('#kubectl-verbs > section'));
        // A section the browser skipped is there, its rows are not laid out (checkVisibility's contentVisibilityAuto).
        const skipped = sections.filter(
          (section) => !section.querySelector('li[data-command]')?.checkVisibility({ contentVisibilityAuto: true }),
        );
        const reserved = sections.map((section) => section.getBoundingClientRect().height);
        const pageBefore = document.documentElement.scrollHeight;
        sections.forEach((section) => section.style.setProperty('content-visibility', 'visible'));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const laidOut = sections.map((section) => section.getBoundingClientRect().height);
        return {
          count: sections.length,
          skipped: skipped.length,
          reserved,
          laidOut,
          pageBefore,
          pageAfter: document.documentElement.scrollHeight,
        };
      });
      expect(result.count).toBe(index.kubectl.length);
      expect(result.skipped).toBeGreaterThan(result.count / 2);
      const off = result.reserved
        .map((height, n) => ({ section: index.kubectl[n]?.id, reserved: height, laidOut: result.laidOut[n] ?? 0 }))
        .filter(({ reserved, laidOut }) => Math.abs(reserved / laidOut - 1) > 0.25);
      expect(off).toEqual([]);
      expect(Math.abs(result.pageBefore - result.pageAfter) / result.pageAfter).toBeLessThan(0.05);
      await sized.close();
    },
  );

  test('a link to a late verb lands on it below the find bar, and nothing in view moves as the reader scrolls back up', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    const late = index.kubectl[index.kubectl.length - 3]?.id ?? '';
    await page.goto(`${siteUrl()}/commands#${late}`);
    await hydrated(page);
    await page.waitForTimeout(300);
    const moves = await page.evaluate(async (id) => {
      const section = document.getElementById(id);
      if (!section) return undefined;
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const landed = section.getBoundingClientRect().top;
      const bar = document.getElementById('find')?.getBoundingClientRect().bottom ?? 0;
      const steps: number[] = [];
      // Half a screen up at a time: the section moves down by exactly that, whatever is laid out above it
      // meanwhile (the browser anchors the scroll to what is in view).
      for (let step = 0; step < 10 && window.scrollY > 0; step += 1) {
        const before = section.getBoundingClientRect().top;
        const by = Math.min(window.scrollY, window.innerHeight / 2);
        window.scrollBy(0, -by);
        await frames();
        steps.push(Math.round(section.getBoundingClientRect().top - before - by));
      }
      return { landed, bar, steps };
    }, late);
    expect(moves).toBeDefined();
    // Its heading shows just below the sticky find bar (two lines on a phone), not under it.
    expect(moves?.landed).toBeGreaterThanOrEqual(moves?.bar ?? 0);
    expect(moves?.landed).toBeLessThan((moves?.bar ?? 0) + 40);
    expect(moves?.steps.length).toBeGreaterThan(5);
    expect(moves?.steps.filter((step) => Math.abs(step) > 2)).toEqual([]);
    await phone.close();
  });
});
