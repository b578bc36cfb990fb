/**
 * First loads. Off-screen code blocks are not laid out until the reader nears them (content-visibility),
 * but they reserve the height they will have, so the page does not jump and its scroll bar is right.
 *
 * A reader's first visit on a phone (412 px wide, touch): nothing on the page moves while it loads and
 * hydrates (the reading-progress line fills in the height reserved for it), and the closed menu's links
 * are not on the page, so Docusaurus does not prefetch every chapter's code as links "in view"; the menu
 * still opens and shows them, the docs sidebar in place from the first frame.
 *
 * The first page adopts the HTML the server sent and never downloads its body (src/plugins/pageContent);
 * a client-side navigation back to it shows the body.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';
import { hydrated, siteUrl } from './site';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
  });
  // Images arrive late, as on a slow network: an image without its size in the HTML moves what follows it.
  await context.route('**/*.svg', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  // Records every layout shift from the first paint on, as Lighthouse's CLS does.
  await context.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node: Node | null }[];
      })[]) {
        const sources = entry.sources.map((source) =>
          source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : String(source.node),
        );
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('first load on a phone', () => {
  // Each page with the element that shows the reader's data once it has arrived (after hydration).
  test.each([
    ['/ch07-configmaps-secrets', '[data-study-progress="ok"]'],
    ['/ch04-replication-controllers', '[data-study-progress="ok"]'],
    ['/study', '[data-due-count]'],
    ['/', '[data-study-next="ok"]'],
  ])('%s: nothing moves while it loads', async (pathname, filledIn) => {
    const page = await context.newPage();
    await page.goto(`${siteUrl()}${pathname}`);
    await hydrated(page);
    await page.waitForSelector(filledIn);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts);
    expect(shifts).toEqual([]);
    await page.close();
  });

  // A page shorter than the screen, its HTML arriving in two parts, the second from the middle of the footer:
  // the browser paints the first part, then the footer grows by the lines that follow. Lighthouse caught
  // the footer of /search moving up a third of the screen this way (CLS 0.116 in one run of five).
  test.each(['/search', '/study'])('%s: a footer that arrives late moves nothing', async (pathname) => {
    const split = await slowFooterServer(pathname);
    try {
      const page = await context.newPage();
      await page.goto(`${split.url}${pathname}`);
      await hydrated(page);
      await page.waitForTimeout(500);
      expect(split.pauses(), 'the HTML was sent in two parts').toBe(1);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts);
      expect(shifts).toEqual([]);
      await page.close();
    } finally {
      await split.close();
    }
  });

  test('links in view are prefetched once the page has settled, not while it loads (src/clientModules/idlePrefetch)', async () => {
    const page = await context.newPage();
    // When each <link rel=prefetch> is added, and when React has hydrated the page (Docusaurus' mark on <html>).
    await page.addInitScript(() => {
      const times = { hydrated: -1, prefetches: [] as number[] };
      (window as unknown as { times: typeof times }).times = times;
      new MutationObserver((records) => {
        for (const record of records) {
          record.addedNodes.forEach((node) => {
            if (node instanceof HTMLLinkElement && node.rel === 'prefetch') times.prefetches.push(performance.now());
          });
          if (times.hydrated < 0 && document.documentElement.getAttribute('data-has-hydrated') === 'true') {
            times.hydrated = performance.now();
          }
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    await page.goto(`${siteUrl()}/ch11-internals`);
    // The home page's route is in view (the logo, the breadcrumbs): its chunks are prefetched, later.
    await page.waitForFunction(
      () => (window as unknown as { times: { prefetches: number[] } }).times.prefetches.length > 0,
      undefined,
      {
        timeout: 15_000,
      },
    );
    const times = await page.evaluate(
      () => (window as unknown as { times: { hydrated: number; prefetches: number[] } }).times,
    );
    expect(times.hydrated).toBeGreaterThan(0);
    // Docusaurus' own Link prefetched from 0.1 s after hydration on (49 links on this page); the page gets 3 s first.
    expect(Math.min(...times.prefetches) - times.hydrated).toBeGreaterThanOrEqual(3000);
    const prefetched = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=prefetch]'), (link) => link.href),
    );
    // Still Docusaurus' prefetch, of this site's chunks.
    expect(prefetched.every((href) => new URL(href).pathname.startsWith('/assets/js/'))).toBe(true);
    await page.close();
  });

  test('the docs sidebar joins the menu when it first opens, already in place (no slide from the main menu)', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/ch07-configmaps-secrets`);
    await hydrated(page);
    const chapterLink = page.locator('.navbar-sidebar a.menu__link[href="/ch05-services"]');
    // Not rendered while the menu is closed (src/theme/DocSidebar): nothing to prefetch or hydrate.
    expect(await chapterLink.count()).toBe(0);
    // The position of the menu's panels in every frame from the click on.
    await page.evaluate(() => {
      const frames: string[] = [];
      (window as unknown as { frames_: string[] }).frames_ = frames;
      const tick = () => {
        const panels = document.querySelector('.navbar-sidebar__items');
        if (panels && panels.getClientRects().length > 0) frames.push(getComputedStyle(panels).transform);
        if (frames.length < 20) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    await chapterLink.waitFor({ state: 'visible' });
    expect((await chapterLink.boundingBox())?.width).toBeGreaterThan(100);
    await page.waitForTimeout(400);
    const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
    expect(frames.length).toBeGreaterThan(5);
    // The docs sidebar's panel is the second: shown by moving the panels left, from the first frame on.
    expect(frames[0]).toMatch(/^matrix\(1, 0, 0, 1, -\d/);
    expect(new Set(frames)).toEqual(new Set([frames[0]]));
    await page.close();
  });
});

/**
 * A server in front of the site that sends the HTML of `pathname` in two parts, 600 ms apart, cut in the
 * footer's links; everything else comes from the site as it is.
 */
async function slowFooterServer(
  pathname: string,
): Promise<{ url: string; pauses: () => number; close: () => Promise<void> }> {
  let pauses = 0;
  const server = http.createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(`${siteUrl()}${request.url ?? '/'}`);
      const body = Buffer.from(await upstream.arrayBuffer());
      response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? '' });
      const cut = body.indexOf('footer__col');
      if (new URL(request.url ?? '/', 'http://x').pathname !== pathname || cut < 0) {
        response.end(body);
        return;
      }
      response.write(body.subarray(0, cut));
      pauses += 1;
      await new Promise((resolve) => setTimeout(resolve, 600));
      response.end(body.subarray(cut));
    })().catch((error: unknown) => {
      // A failed fetch from the site answers at once, naming the address, instead of leaving the page waiting.
      if (!response.headersSent) response.writeHead(502);
      response.end(`slowFooterServer: ${request.url}: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pauses: () => pauses,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('off-screen code blocks', () => {
  test('reserve the height they have once laid out (within 2 px)', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await desktop.newPage();
    await page.goto(`${siteUrl()}/ch07-configmaps-secrets`);
    await hydrated(page);
    const heights = await page.evaluate(async () => {
      const blocks = Array.from(document.querySelectorAll('.kia-content .kia-code')).filter(
        (block) => block.getBoundingClientRect().top > window.innerHeight * 3 && block.getClientRects().length > 0,
      );
      const reserved = blocks.map((block) => block.getBoundingClientRect().height);
      // The code of a block the browser has not laid out is not visible to checkVisibility.
      const skipped = blocks.map(
        (block) => !block.querySelector('pre')?.checkVisibility({ contentVisibilityAuto: true }),
      );
      const laidOut: number[] = [];
      for (const block of blocks) {
        block.scrollIntoView();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        laidOut.push(block.getBoundingClientRect().height);
      }
      return reserved.map((height, index) => ({
        reserved: height,
        laidOut: laidOut[index] ?? 0,
        skipped: skipped[index],
      }));
    });
    expect(heights.length).toBeGreaterThan(20);
    expect(heights.filter(({ skipped }) => !skipped)).toEqual([]);
    const off = heights.filter(({ reserved, laidOut }) => Math.abs(reserved - laidOut) > 2);
    expect(off).toEqual([]);
    await desktop.close();
  });
});

describe("a page's body in the browser", () => {
  test('the first page adopts its HTML without downloading its body; the way back to it shows the body', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await desktop.newPage();
    let phase = 'first load';
    const scripts: Promise<{ phase: string; text: string }>[] = [];
    page.on('response', (response) => {
      const at = phase;
      if (response.url().endsWith('.js')) scripts.push(response.text().then((text) => ({ phase: at, text })));
    });
    await page.goto(`${siteUrl()}/ch07-configmaps-secrets`);
    await hydrated(page);
    // Words of the body only (a paragraph, not a heading: headings are in the page's table of contents).
    const phrase = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.kia-content p'))
        .flatMap((p) => p.textContent?.match(/[A-Za-z][A-Za-z ]{40,}/g) ?? [])
        .sort((a, b) => b.length - a.length)[0]
        ?.trim(),
    );
    expect(phrase?.length).toBeGreaterThan(40);
    const blocks = await page.locator('.kia-content pre').count();
    await page.waitForTimeout(300);
    phase = 'after';
    const atLoad = (await Promise.all(scripts)).filter((script) => script.phase === 'first load');
    expect(atLoad.length).toBeGreaterThan(3);
    expect(atLoad.filter((script) => script.text.includes(phrase ?? ''))).toEqual([]);

    await page.click('.theme-doc-sidebar-container a.menu__link[href="/ch05-services"]');
    await page.waitForSelector('.kia-content[data-doc-id="ch05-services"] pre');
    await page.goBack();
    await page.waitForSelector('.kia-content[data-doc-id="ch07-configmaps-secrets"]');
    expect(await page.locator('.kia-content').textContent()).toContain(phrase);
    expect(await page.locator('.kia-content pre').count()).toBe(blocks);
    const later = (await Promise.all(scripts)).filter((script) => script.phase === 'after');
    expect(later.filter((script) => script.text.includes(phrase ?? '')).length).toBe(1);
    await desktop.close();
  });
});
