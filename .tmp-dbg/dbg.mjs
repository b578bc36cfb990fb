import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/wt-16/scripts/static-server.mjs';
const server = await startStaticServer({ root: '/work/wt-16/build' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(server.url + '/ch04-replication-controllers');
await page.waitForSelector('html[data-has-hydrated="true"]');
await page.emulateMedia({ media: 'print' });
console.log(await page.evaluate(() => {
  const out = [];
  for (let el = document.querySelector('article'); el; el = el.parentElement) {
    const cs = getComputedStyle(el);
    out.push(`${el.tagName}.${el.className} display=${cs.display} overflow=${cs.overflow} h=${cs.height} w=${cs.width} maxw=${cs.maxWidth} minw=${cs.minWidth} pos=${cs.position}`);
  }
  return out.join('\n');
}));
await browser.close(); await server.stop();
