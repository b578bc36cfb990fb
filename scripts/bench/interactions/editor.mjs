/* global window, document, performance, requestAnimationFrame, MutationObserver, sessionStorage -- in page.evaluate() */
/**
 * The manifest editor, 4x CPU slowdown: from the click on Edit to the first frame that shows the editor
 * validated (its validation summary written). Warm: the editor's chunks are in the HTTP cache from a first,
 * unmeasured Edit; each run reloads the page.
 */
export const EDITOR_PAGE = '/ch09-deployments';

function armProbe(page, file) {
  return page.evaluate((name) => {
    const probe = { click: 0, frame: 0 };
    window.__editorProbe = probe;
    document.addEventListener('click', (event) => (probe.click = event.timeStamp), { once: true, capture: true });
    const validated = () =>
      document.querySelector(`[data-manifest-editor="${name}"] [data-validation-summary]`)?.textContent?.trim();
    const observer = new MutationObserver(() => {
      if (!validated()) return;
      observer.disconnect();
      requestAnimationFrame(() => (probe.frame = performance.now()));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, file);
}

async function load(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
}

export async function editorTimes(browser, siteUrl, { runs = 5, rate = 4, pathname = EDITOR_PAGE } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await load(page, `${siteUrl}${pathname}`);
    const file = await page.locator('[data-edit-manifest]').first().getAttribute('data-edit-manifest');
    const edit = page.locator(`[data-edit-manifest="${file}"]`);
    await edit.click(); // warms the HTTP cache with the editor's chunks
    await page.waitForSelector(`[data-manifest-editor="${file}"] [data-validation-summary]:not(:empty)`);
    const cdp = await context.newCDPSession(page);
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      await page.evaluate(() => sessionStorage.clear()); // no draft: the editor opens on the book's manifest
      await load(page, `${siteUrl}${pathname}`);
      await edit.scrollIntoViewIfNeeded();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await armProbe(page, file);
      await edit.click();
      const probe = await page
        .waitForFunction(() => window.__editorProbe.frame && window.__editorProbe, undefined, { timeout: 30_000 })
        .then((handle) => handle.jsonValue());
      times.push(probe.frame - probe.click);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    return { file, times };
  } finally {
    await context.close();
  }
}
