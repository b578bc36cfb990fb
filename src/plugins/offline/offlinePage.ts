/**
 * The page the service worker answers with when a reader, offline, opens an address of the site that is
 * not in the precache (a mistyped link, a page added after their last visit). Plain HTML and inline CSS,
 * no script: the React app would hydrate it as the route of the address in the bar (a 404), so it must
 * not load the app at all. It lists every page that is saved, so the reader can go on reading.
 */
import fs from 'node:fs';
import path from 'node:path';

export const OFFLINE_PAGE = 'offline.html';

export interface SavedPage {
  /** Route under the base path, e.g. `/ch05-services` (served at `/kia/ch05-services` for BASE_URL=/kia/). */
  path: string;
  /** Page title, already HTML-escaped (read from the built HTML). */
  title: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The HTML file Docusaurus wrote for a route (`/x` -> `x.html` or `x/index.html`), if any. */
export function htmlFileOf(outDir: string, route: string): string | undefined {
  const relative = route.replace(/^\//, '');
  const candidates = route.endsWith('/')
    ? [path.join(outDir, relative, 'index.html')]
    : [path.join(outDir, `${relative}.html`), path.join(outDir, relative, 'index.html')];
  return candidates.find((candidate) => fs.existsSync(candidate));
}

/**
 * Every page of the build with its title, the home page first, without the 404 page. Docusaurus' routes
 * carry the base path (`/kia/ch05-services`); the files in the build folder do not.
 */
export function savedPages(
  outDir: string,
  routesPaths: readonly string[],
  siteTitle: string,
  baseUrl = '/',
): SavedPage[] {
  const suffix = ` | ${escapeHtml(siteTitle)}`;
  const base = baseUrl.replace(/\/$/, '');
  return [...new Set(routesPaths)]
    .map((route) => (base && route.startsWith(`${base}/`) ? route.slice(base.length) : route === base ? '/' : route))
    .filter((route) => !/404(\.html)?$/.test(route))
    .flatMap((route) => {
      const file = htmlFileOf(outDir, route);
      if (!file) return [];
      const title = /<title[^>]*>([^<]*)<\/title>/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? route;
      return [{ path: route, title: title.endsWith(suffix) ? title.slice(0, -suffix.length) : title }];
    })
    .sort((a, b) => (a.path === '/' ? -1 : b.path === '/' ? 1 : a.path.localeCompare(b.path)));
}

export function renderOfflinePage(pages: readonly SavedPage[], rawSiteTitle: string, baseUrl: string): string {
  const siteTitle = escapeHtml(rawSiteTitle);
  const link = (route: string): string => `${baseUrl.replace(/\/$/, '')}${route}`;
  const items = pages.map((page) => `<li><a href="${link(page.path)}">${page.title}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="theme-color" content="#2a5bd7">
<title>Offline | ${siteTitle}</title>
<style>
  :root { color-scheme: light dark; --fg: #1c1e21; --bg: #fff; --link: #2a5bd7; --muted: #525860; }
  @media (prefers-color-scheme: dark) { :root { --fg: #e3e3e3; --bg: #1b1b1d; --link: #8fb0ff; --muted: #b4b8bf; } }
  body { margin: 0; background: var(--bg); color: var(--fg);
    font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif; }
  main { max-width: 40rem; margin: 0 auto; padding: 2rem 1.25rem; }
  h1 { font-size: 1.6rem; line-height: 1.25; }
  a { color: var(--link); }
  li { margin: 0.35rem 0; }
  .note { color: var(--muted); }
</style>
</head>
<body>
<main>
<h1>You are offline</h1>
<p>This address is not saved on this device, so it needs the network. <a href="">Try again</a> once you are
back online.</p>
<p>Every page below is saved and opens without the network:</p>
<ul>
${items}
</ul>
<p class="note">${siteTitle}</p>
</main>
</body>
</html>
`;
}

export function writeOfflinePage(
  outDir: string,
  routesPaths: readonly string[],
  siteTitle: string,
  baseUrl: string,
): SavedPage[] {
  const pages = savedPages(outDir, routesPaths, siteTitle, baseUrl);
  fs.writeFileSync(path.join(outDir, OFFLINE_PAGE), renderOfflinePage(pages, siteTitle, baseUrl));
  return pages;
}
