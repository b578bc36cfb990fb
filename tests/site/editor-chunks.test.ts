/**
 * The manifest editor costs nothing until Edit is pressed, and works offline afterwards: its chunk, the
 * validator's and one chunk per Kubernetes kind exist in the build, are in the service worker's precache, and no page
 * names them in its HTML (they are loaded on demand only).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles, readPrecacheManifest } from '../../src/plugins/offline/precache';
import { SCHEMAS } from '../../src/lib/manifestValidation';
import { inlineScripts, readHtml, urlsOf } from '../builtHtml';

const buildDir = path.resolve('build');
const files = listFiles(buildDir);
const precached = new Set(readPrecacheManifest(path.join(buildDir, 'sw.js')).map((entry) => entry.url));
const escape = (text: string): string => text.replace(/[~.]/g, (char) => `\\${char}`);
const chunk = (name: string): string | undefined =>
  files.find((file) => new RegExp(`^assets/js/${escape(name)}\\.[0-9a-f]{8}\\.js$`).test(file));
const kindChunks = Object.keys(SCHEMAS).map((key) => `k8s-${key.split('/').pop()?.toLowerCase()}`);

describe('manifest editor chunks', () => {
  test('the editor and every kind have a chunk of their own, precached', () => {
    const names = ['manifest-editor', 'manifest-validation', ...kindChunks];
    expect(names.filter((name) => !chunk(name))).toEqual([]);
    expect(names.map(chunk).filter((file) => !precached.has(file ?? ''))).toEqual([]);
  });

  test('no page loads them with its HTML', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    // Neither a URL of the page (script, preload, prefetch) nor its inline scripts name them.
    const named = pages.filter((page) => {
      const document = readHtml(path.join(buildDir, page));
      return [...urlsOf(document), ...inlineScripts(document)].some((text) =>
        /assets\/js\/(?:manifest-editor|manifest-validation|k8s-[a-z]+)\./.test(text),
      );
    });
    expect(named).toEqual([]);
  });

  test('no route loads them, nor a `common` chunk of code the routes would share with them', () => {
    // The runtime names chunks (`5005:"common"`); main's route registry lists the chunks each route
    // component loads (`[()=>Promise.all([n.e("5005"),n.e("7265")]).then(...),"@site/docs/ch05-services.mdx",...]`).
    const read = (prefix: string): string =>
      fs.readFileSync(path.join(buildDir, chunk(prefix) ?? `missing ${prefix}`), 'utf8');
    const runtime = read('runtime~main');
    const ids = new Map(
      [...runtime.matchAll(/(\d+):"(common|manifest-editor|manifest-validation|k8s-[a-z]+)"/g)].map((match) => [
        match[1],
        match[2],
      ]),
    );
    expect([...ids.values()]).toContain('manifest-editor');
    const routes = [...read('main').matchAll(/\[\(\)=>([^\]]*?\]?\)?)\.then\([^\]]*?,"(@[^"]+)",\d+\]/g)];
    expect(routes.length).toBeGreaterThan(10);
    const loading = routes.flatMap((route) =>
      [...(route[1] ?? '').matchAll(/\.e\("(\d+)"\)/g)]
        .filter((call) => ids.has(call[1] ?? ''))
        .map((call) => `${route[2]} loads ${ids.get(call[1] ?? '')}`),
    );
    expect(loading).toEqual([]);
  });
});
