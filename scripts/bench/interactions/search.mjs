/* global window, document, performance, requestAnimationFrame, MutationObserver -- in page.evaluate() callbacks */
/**
 * Search, warm, 4x CPU slowdown: from the keydown of a query's last character to the first frame that shows
 * that query's results (the navbar's list open, `data-query` the whole query, an option in it). Warm: Pagefind,
 * the index chunks and the result fragments of each query were loaded by a first, unmeasured search.
 */
export const SEARCH_QUERIES = ['service', 'volume', 'configmap', 'deployment', 'statefulset', 'secret'];

async function typeAndSettle(page, text) {
  const input = page.locator('input.navbar__search-input');
  await input.fill('');
  await input.click();
  await page.keyboard.type(text, { delay: 10 });
  await page.waitForTimeout(400);
}

/** Resolves in the page once the listbox shows `query`'s results; records the keydown and that frame. */
function armProbe(page, query) {
  return page.evaluate((expected) => {
    const probe = { keydown: 0, frame: 0 };
    window.__searchProbe = probe;
    document.addEventListener('keydown', (event) => (probe.keydown = event.timeStamp), { once: true, capture: true });
    const list = document.querySelector('.navbar [role="listbox"]');
    const shown = () =>
      list.dataset.query === expected && !list.hidden && list.querySelector('[role="option"]:not([aria-disabled])');
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => (probe.frame = performance.now()));
    });
    observer.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
  }, query);
}

export async function searchTimes(browser, siteUrl, { runs = 3, rate = 4, queries = SEARCH_QUERIES } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}/ch05-services`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const times = [];
    for (const query of queries) {
      await typeAndSettle(page, query); // warms Pagefind, this query's index chunks and fragments
      await page.waitForSelector(`.navbar [role="listbox"][data-query="${query}"]`, { timeout: 30_000 });
      for (let run = 0; run < runs; run += 1) {
        await typeAndSettle(page, query.slice(0, -1));
        await armProbe(page, query);
        await page.keyboard.press(query.slice(-1));
        const probe = await page
          .waitForFunction(() => window.__searchProbe.frame && window.__searchProbe, undefined, { timeout: 5_000 })
          .then((handle) => handle.jsonValue());
        times.push(probe.frame - probe.keydown);
      }
    }
    return times;
  } finally {
    await context.close();
  }
}
