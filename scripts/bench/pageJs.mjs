/* global document, window -- in page.evaluate() callbacks, which run in the browser */
/**
 * The JavaScript one page load runs (scripts), prefetches, and adds when scrolled to the end, gzip bytes on
 * the wire (service workers blocked), in a phone-sized Playwright context.
 */
export async function pageJs(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
    if (/\.m?js(\?|$)/.test(new URL(request.url).pathname)) requests.set(requestId, { type, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId);
    if (request) request.bytes = encodedDataLength;
  });
  const sum = (filter) => [...requests.values()].filter(filter).reduce((total, request) => total + request.bytes, 0);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const atLoad = sum((request) => request.type === 'Script');
  const prefetched = sum((request) => request.type !== 'Script');
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const scrolled = sum((request) => request.type === 'Script');
  await context.close();
  return { atLoad, prefetched, scrolled };
}
