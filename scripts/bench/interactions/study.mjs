/* global window, document, performance, requestAnimationFrame, MutationObserver -- in page.evaluate() callbacks */
/**
 * /study, 4x CPU slowdown: from the keydown of a rating (3, Good) to the first frame that shows the next
 * card. The reader's data is a fresh one with every card of two chapters learned (due now), added with the
 * page's own Learn buttons.
 */
const CARD = '[aria-labelledby="review-question"]';

function armProbe(page) {
  return page.evaluate((selector) => {
    const probe = { keydown: 0, frame: 0 };
    window.__studyProbe = probe;
    const before = document.querySelector(selector);
    document.addEventListener('keydown', (event) => (probe.keydown = event.timeStamp), { once: true, capture: true });
    const observer = new MutationObserver(() => {
      const card = document.querySelector(selector);
      if (!card || card === before) return;
      observer.disconnect();
      requestAnimationFrame(() => (probe.frame = performance.now()));
    });
    observer.observe(before.parentElement, { childList: true });
  }, CARD);
}

export async function studyTimes(browser, siteUrl, { runs = 10, rate = 4 } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}/study`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForSelector('[data-due-count]');
    for (let chapter = 0; chapter < 2; chapter += 1) await page.locator('table button').first().click();
    await page.waitForSelector(CARD);
    const due = Number(await page.locator('[data-due-count]').getAttribute('data-due-count'));
    if (due < runs + 1) throw new Error(`/study: ${due} cards due, the bench needs ${runs + 1}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      await page.keyboard.press('Space');
      await page.waitForSelector('[data-rating="3"]');
      await page.waitForTimeout(200);
      await armProbe(page);
      await page.keyboard.press('3');
      const probe = await page
        .waitForFunction(() => window.__studyProbe.frame && window.__studyProbe, undefined, { timeout: 10_000 })
        .then((handle) => handle.jsonValue());
      times.push(probe.frame - probe.keydown);
    }
    return times;
  } finally {
    await context.close();
  }
}
