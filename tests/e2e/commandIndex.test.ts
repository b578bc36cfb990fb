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
const kubectlCommands = index.kubectl.flatMap((section) => section.groups.flatMap((group) => group.commands));
const allCommands = [...kubectlCommands, ...index.other.flatMap((group) => group.commands)];

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
const visibleCommands = (page: Page) =>
  page
    .locator('li[data-command]:visible')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-command')));

describe('command index page', () => {
  test('without JavaScript the page lists every command of the notes, grouped, with its sections and status', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${siteUrl()}/commands`);
    const listed = await rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-command')));
    expect(listed.sort()).toEqual(allCommands.map((command) => command.command).sort());
    expect(kubectlCommands.length).toBeGreaterThan(40);
    const ids = await page.locator('main section[id]').evaluateAll((sections) => sections.map((section) => section.id));
    expect(ids).toEqual(expect.arrayContaining([...index.kubectl.map((section) => section.id), 'other-commands']));
    // Every section link of the data is there, and removed or deprecated commands carry status and replacement.
    const hrefs = await page
      .locator('li[data-command] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(allCommands.flatMap((command) => command.uses.map((use) => use.href))));
    const flagged = kubectlCommands.filter((command) =>
      command.statuses.some((status) => status.kind === 'removed' || status.kind === 'deprecated'),
    );
    expect(flagged.length).toBeGreaterThan(0);
    for (const command of flagged) {
      const row = page.locator(`li[data-command="${command.command.replace(/["\\]/g, '\\$&')}"]`);
      const text = await row.textContent();
      for (const status of command.statuses) {
        expect(text).toContain(status.label);
        for (const replacement of status.replacements) expect(text).toContain(replacement);
      }
    }
    await noJs.close();
  });

  test('the filter narrows the list as you type, and knows short names', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${siteUrl()}/commands`);
    await hydrated(page);
    expect(await rows(page).count()).toBe(allCommands.length);
    const filter = page.locator('#command-filter');

    await filter.pressSequentially('rollout undo', { delay: 20 });
    const undo = kubectlCommands.filter((command) => command.command.includes('rollout undo')).map((c) => c.command);
    expect(undo.length).toBeGreaterThan(0);
    await expect.poll(() => visibleCommands(page)).toEqual(expect.arrayContaining(undo));
    const shown = await visibleCommands(page);
    expect(shown.length).toBeLessThan(allCommands.length);
    expect(shown.every((command) => command?.includes('rollout'))).toBe(true);

    await filter.fill('');
    await filter.pressSequentially('svc', { delay: 20 });
    const services = kubectlCommands.filter((command) => /^kubectl get (svc|services?)\b/.test(command.command));
    expect(services.length).toBeGreaterThan(0);
    await expect.poll(() => visibleCommands(page)).toEqual(expect.arrayContaining(services.map((c) => c.command)));
    expect((await visibleCommands(page)).length).toBeLessThan(allCommands.length);

    await filter.fill('no-such-command-anywhere');
    await expect.poll(() => visibleCommands(page)).toEqual([]);
    // Offline-ready: everything the page needs comes from the site itself.
    expect(requests.filter((url) => !url.startsWith(siteUrl()))).toEqual([]);
    await page.close();
  });

  test('a copy button copies the exact command', async () => {
    const page = await openIndex();
    // One plain command and one whose text needs care: quotes, placeholders or a pipe.
    const tricky = allCommands.find((command) => /["'<|]/.test(command.command)) ?? allCommands[0];
    for (const command of [allCommands[0], tricky] as IndexedCommand[]) {
      const row = page.locator(`li[data-command="${command.command.replace(/["\\]/g, '\\$&')}"]`);
      await row.getByRole('button', { name: `Copy ${command.command}` }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(command.command);
      expect(await row.locator('code').first().textContent()).toBe(command.command);
    }
    await page.close();
  });

  test('every section link lands on the section, which shows the command', async () => {
    const byHref = new Map<string, string[]>();
    for (const command of allCommands) {
      for (const use of command.uses) byHref.set(use.href, [...(byHref.get(use.href) ?? []), command.command]);
    }
    expect(byHref.size).toBeGreaterThan(10);
    const page = await openIndex();
    const problems: string[] = [];
    for (const [href, commands] of byHref) {
      await page.locator(`a[href="${href}"]`).first().click();
      await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
      // The URL changes before the page's chunk has loaded and rendered: wait for the section itself.
      const hash = new URL(page.url()).hash;
      await page
        .locator(hash ? `[id="${decodeURIComponent(hash.slice(1))}"]` : 'article header')
        .first()
        .waitFor({ state: 'attached', timeout: 10_000 })
        .catch(() => undefined); // reported below as "no such section"
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
      }, new URL(page.url()).hash);
      if (text === null) {
        problems.push(`${href}: no such section`);
      } else {
        const normalized = text.replace(/\\\s*\n\s*(>\s*)?/g, ' ').replace(/\s+/g, ' ');
        for (const command of commands) {
          // The page may write the alias (`k get pods`) where the index writes kubectl.
          const rest = command.replace(/^kubectl /, '').replace(/\s+/g, ' ');
          if (!normalized.includes(rest)) problems.push(`${href}: does not show "${command}"`);
        }
      }
      await page.goBack();
      await page.waitForURL((url) => url.pathname === '/commands');
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
