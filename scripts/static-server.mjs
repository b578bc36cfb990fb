/**
 * A small static server for a production build, with what a real host does and `docusaurus serve`
 * does not: gzip, long-lived caching of content-hashed assets, and `no-cache` on sw.js and HTML (see
 * DEPLOYMENT.md). Used by the benchmark (to measure what readers would get) and by the browser tests
 * that need to swap the served build while a browser keeps its service worker (update test).
 *
 * Node built-ins only (node:http, node:zlib, gzip at its default level 6). Not a production server: it trusts its folder, reads
 * files synchronously and keeps their gzip in memory.
 *
 *   node scripts/static-server.mjs [dir=build] [port=3000] [basePath=/]
 *
 * `basePath` serves a build made with BASE_URL (e.g. `/kia/`) under that path, as its host would.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  // Raw manifests and support files are shown as text in the browser.
  '.yml': 'text/plain; charset=utf-8',
  '.yaml': 'text/plain; charset=utf-8',
  '.sh': 'text/plain; charset=utf-8',
  '.conf': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;
/** Docusaurus names built assets `name.0123abcd.js`: their content never changes under that name. */
const HASHED = /^\/assets\/.+[.-][0-9a-f]{8}\.\w+$/;

/** The cache policy a host should send for a path (DEPLOYMENT.md explains why). */
export function cacheControl(urlPath, type) {
  if (HASHED.test(urlPath)) return 'public, max-age=31536000, immutable';
  // sw.js must be revalidated on every update check, and HTML names the current chunks.
  if (urlPath.endsWith('/sw.js') || type.startsWith('text/html')) return 'no-cache';
  return 'public, max-age=0, must-revalidate';
}

/** The file for a URL path, as Docusaurus lays out a `trailingSlash: false` build. */
function resolveFile(root, urlPath) {
  const relative = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, relative);
  if (!base.startsWith(root)) return undefined;
  const candidates = urlPath.endsWith('/')
    ? [path.join(base, 'index.html')]
    : [base, `${base}.html`, path.join(base, 'index.html')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

/**
 * Starts the server. `root` can be changed later with `setRoot` (a new deploy at the same origin).
 * `onRequest` sees every request (method, URL, status).
 */
export async function startStaticServer({
  root = 'build',
  port = 0,
  host = '127.0.0.1',
  gzip = true,
  basePath = '/',
  onRequest,
} = {}) {
  let rootDir = path.resolve(root);
  const base = basePath.replace(/\/$/, '');
  const gzipCache = new Map();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const underBase = url.pathname === base || url.pathname.startsWith(`${base}/`);
    let file = underBase ? resolveFile(rootDir, url.pathname.slice(base.length) || '/') : undefined;
    let status = 200;
    if (!file) {
      status = 404;
      file = resolveFile(rootDir, '/404.html');
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      onRequest?.({ method: request.method, url: request.url, status: 404 });
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'text/plain; charset=utf-8';
    const headers = {
      'content-type': type,
      'cache-control': status === 200 ? cacheControl(url.pathname, type) : 'no-cache',
      vary: 'Accept-Encoding',
    };
    let body = fs.readFileSync(file);
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${file}:${body.length}:${fs.statSync(file).mtimeMs}`;
      if (!gzipCache.has(key)) gzipCache.set(key, zlib.gzipSync(body));
      body = gzipCache.get(key);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    onRequest?.({ method: request.method, url: request.url, status });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    setRoot(dir) {
      rootDir = path.resolve(dir);
      gzipCache.clear();
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'build', port = '3000', basePath = '/'] = process.argv.slice(2);
  const running = await startStaticServer({ root: dir, port: Number(port), basePath });
  console.log(`Serving ${path.resolve(dir)} at ${running.url}${basePath} (gzip, production cache headers)`);
}
