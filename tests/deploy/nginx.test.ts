/**
 * deploy/nginx.conf does what DEPLOYMENT.md says: Debian's nginx runs it (unprivileged, loopback port)
 * against the production build in build/, and every rule is checked on real responses.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startNginx, siteConfigFor, type RunningNginx } from './nginx';
import { inlineScripts, readHtml, sitemapPaths } from '../builtHtml';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent (still gzip-compressed if content-encoding says so). */
  body: Buffer;
}

let nginx: RunningNginx;
const started = Date.now();

beforeAll(async () => {
  if (!fs.existsSync('build/index.html')) throw new Error('No production build in build/: run `npm run build` first.');
  nginx = await startNginx('build');
});
afterAll(async () => {
  await nginx?.stop();
  console.log(`nginx test: ${Date.now() - started} ms`);
});

/** One request, no redirect following, no decompression: the headers exactly as nginx sent them. */
function get(pathname: string, { gzip = false, method = 'GET' } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${nginx.url}${pathname}`,
      { method, headers: gzip ? { 'accept-encoding': 'gzip' } : {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** The first built file under `dir` whose name matches. */
function builtFile(dir: string, pattern: RegExp): string {
  const name = fs.readdirSync(path.join('build', dir)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no file like ${pattern} in build/${dir}`);
  return `/${dir}/${name}`;
}

const MAIN_JS = builtFile('assets/js', /^main\.[0-9a-f]{8}\.js$/);
const CSS = builtFile('assets/css', /^styles\.[0-9a-f]{8}\.css$/);

describe('deploy/nginx.conf', () => {
  test('the test replaces only the listen and root lines of the real file', () => {
    const conf = fs.readFileSync('deploy/nginx.conf', 'utf8');
    const patched = siteConfigFor(8123, '/tmp/site', conf);
    const changed = patched.split('\n').filter((line, index) => line !== conf.split('\n')[index]);
    expect(changed).toEqual(['    listen 127.0.0.1:8123;', '    root /tmp/site;']);
  });

  test('/sw.js: 200 without a redirect, no-cache', async () => {
    const response = await get('/sw.js');
    expect(response.status).toBe(200);
    expect(response.headers.location).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body.equals(fs.readFileSync('build/sw.js'))).toBe(true);
  });

  test('every page answers 200 at its clean URL, with no-cache', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThanOrEqual(12);
    for (const pathname of [...paths, '/ch05-services.html', '/404.html']) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(200);
      expect(response.headers['content-type'], pathname).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control'], pathname).toBe('no-cache');
    }
    // The catalog page and the folder of raw files share a name: the page wins, no redirect to a listing.
    const catalog = await get('/manifests');
    expect(catalog.status).toBe(200);
    expect(catalog.body.toString()).toContain('<h1');
  });

  test('hashed assets are immutable for a year; other files revalidate', async () => {
    for (const asset of [MAIN_JS, CSS]) {
      expect((await get(asset)).headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    }
    for (const file of [
      '/manifest.json',
      '/pagefind/pagefind-entry.json',
      '/img/logo.svg',
      '/manifests/ch05/kubia-svc.yml',
    ]) {
      expect((await get(file)).headers['cache-control'], file).toBe('public, max-age=0, must-revalidate');
    }
  });

  test('an unknown path gets the site 404 page with status 404', async () => {
    const response = await get('/no-such-page');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.equals(fs.readFileSync('build/404.html'))).toBe(true);
    expect((await get('/assets/js/nothing.0123abcd.js')).status).toBe(404);
  });

  test.each([
    ['HTML', '/ch05-services', 'text/html'],
    ['JavaScript', MAIN_JS, 'application/javascript'],
    ['CSS', CSS, 'text/css'],
    ['JSON', '/manifest.json', 'application/json'],
    ['SVG', '/img/logo.svg', 'image/svg+xml'],
    // A YAML file over gzip_min_length (256 bytes): smaller files gain nothing from compression.
    ['YAML', '/manifests/ch10/stateful-kubia.yml', 'text/plain'],
  ])('%s is sent gzip-compressed, byte for byte the built file', async (_kind, pathname, type) => {
    const response = await get(pathname, { gzip: true });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']?.split(';')[0]).toBe(type);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    const file = pathname.includes('.') ? pathname : `${pathname}.html`;
    expect(zlib.gunzipSync(response.body).equals(fs.readFileSync(path.join('build', file)))).toBe(true);
  });

  test('raw manifests and support files are text with a charset', async () => {
    for (const file of ['/manifests/ch05/kubia-svc.yml', '/manifests/ch05/make-tls-cert.sh']) {
      const response = await get(file);
      expect(response.status, file).toBe(200);
      expect(response.headers['content-type'], file).toBe('text/plain; charset=utf-8');
    }
  });

  test('security headers on pages, files and the 404 page', async () => {
    for (const pathname of ['/', '/sw.js', MAIN_JS, '/manifests/ch05/kubia-svc.yml', '/no-such-page']) {
      const { headers } = await get(pathname);
      expect(headers['x-content-type-options'], pathname).toBe('nosniff');
      expect(headers['referrer-policy'], pathname).toBe('strict-origin-when-cross-origin');
      expect(headers['content-security-policy'], pathname).toBeDefined();
    }
  });

  test('the CSP allows only the site itself, no eval, and exactly the inline scripts the pages have', async () => {
    const csp = String((await get('/')).headers['content-security-policy']);
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const [name, values] of directives) {
      for (const value of values) {
        // Keywords, hashes, data: and blob: only: no other host anywhere.
        expect(value, `${name} ${value}`).toMatch(
          /^('self'|'none'|'unsafe-inline'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/,
        );
      }
    }
    const scriptSrc = directives.get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    // Every inline script of every built page, hashed here (not by the code under test).
    const hashes = new Set<string>();
    for (const file of fs.readdirSync('build').filter((name) => name.endsWith('.html'))) {
      // External scripts and data blocks (JSON-LD) are not inline code (inlineScripts leaves them out).
      for (const body of inlineScripts(readHtml(path.join('build', file)))) {
        hashes.add(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
      }
    }
    expect(hashes.size).toBeGreaterThan(0);
    const missing = [...hashes].filter((hash) => !scriptSrc.includes(hash));
    expect(missing, `add to script-src in deploy/nginx.conf: ${missing.join(' ')}`).toEqual([]);
    expect(scriptSrc.filter((value) => value.startsWith("'sha256-")).sort()).toEqual([...hashes].sort());
  });
});
