/**
 * The precache rules (./precache.ts) and the offline plugin's postBuild, run for real (plugin-pwa compiles
 * its worker and Workbox writes the manifest) on a tiny build folder: the files its build steps write (the
 * search index) are in the precache, steps run in order; an oversized file fails the build.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { getCurrentBundler } from '@docusaurus/bundler';
import offlinePlugin from '..';
import {
  MAX_PRECACHE_FILE_BYTES,
  addMissingFiles,
  failOnOversizedFiles,
  readPrecacheManifest,
  requireEntries,
  type SizedEntry,
} from '../precache';
import { OFFLINE_PAGE, renderOfflinePage, savedPages } from '../offlinePage';

const temporary: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-offline-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
}

const md5 = (text: string): string => crypto.createHash('md5').update(text).digest('hex');

async function run(transform: ReturnType<typeof addMissingFiles>, entries: SizedEntry[]): Promise<SizedEntry[]> {
  return (await transform(entries)).manifest as SizedEntry[];
}

describe('precache rules', () => {
  test('addMissingFiles adds every build file Workbox did not glob, hashed assets without revision', async () => {
    const dir = tempDir();
    write(dir, 'index.html', '<h1>home</h1>');
    write(dir, 'manifests/ch04/kubia-rc.yml', 'kind: ReplicationController\n');
    write(dir, 'manifests/ch06/Dockerfile', 'FROM nginx:alpine\n');
    write(dir, 'assets/js/main.0123abcd.js', 'x');
    write(dir, 'sw.js', 'worker');
    write(dir, '189.sw.js', 'worker chunk');
    write(dir, 'sitemap.xml', '<urlset/>');
    const manifest = await run(addMissingFiles(dir), [{ url: 'index.html', revision: 'r', size: 13 }]);
    expect(manifest.map((entry) => entry.url).sort()).toEqual([
      'assets/js/main.0123abcd.js',
      'index.html',
      'manifests/ch04/kubia-rc.yml',
      'manifests/ch06/Dockerfile',
    ]);
    expect(manifest.find((entry) => entry.url === 'assets/js/main.0123abcd.js')?.revision).toBeNull();
    expect(manifest.find((entry) => entry.url === 'manifests/ch06/Dockerfile')?.revision).toBe(
      md5('FROM nginx:alpine\n'),
    );
  });

  test('failOnOversizedFiles names the file instead of dropping it', async () => {
    const big = { url: 'assets/js/huge.0123abcd.js', revision: null, size: MAX_PRECACHE_FILE_BYTES + 1 };
    const small = { url: 'index.html', revision: 'r', size: 10 };
    await expect(run(failOnOversizedFiles(), [small, big])).rejects.toThrow(/assets\/js\/huge\.0123abcd\.js/);
    expect(await run(failOnOversizedFiles(), [small])).toEqual([small]);
  });

  test('requireEntries fails when a required file is missing', async () => {
    const entries = [{ url: 'index.html', revision: 'r', size: 1 }];
    await expect(
      run(
        requireEntries(() => ['search-index.json']),
        entries,
      ),
    ).rejects.toThrow(/search-index\.json/);
    expect(
      await run(
        requireEntries(() => ['index.html']),
        entries,
      ),
    ).toEqual(entries);
  });

  test('savedPages lists every built page with its title, the home page first, without the 404 page', () => {
    const dir = tempDir();
    write(dir, 'index.html', '<title data-rh="true">Site | Site</title>');
    write(dir, 'ch05-services.html', '<title>Services | Site</title>');
    write(dir, '404.html', '<title>Page Not Found | Site</title>');
    expect(savedPages(dir, ['/ch05-services', '/404.html', '/'], 'Site')).toEqual([
      { path: '/', title: 'Site' },
      { path: '/ch05-services', title: 'Services' },
    ]);
    // Under a base path the routes carry it, the files do not; the offline page links with it.
    const underKia = savedPages(dir, ['/kia/ch05-services', '/kia/404.html', '/kia/'], 'Site', '/kia/');
    expect(underKia).toEqual([
      { path: '/', title: 'Site' },
      { path: '/ch05-services', title: 'Services' },
    ]);
    expect(renderOfflinePage(underKia, 'Site', '/kia/')).toContain(
      '<li><a href="/kia/ch05-services">Services</a></li>',
    );
  });
});

/** A LoadContext with what the PWA plugin reads: enough to run its postBuild outside a Docusaurus build. */
function fakeContext(siteDir: string, outDir: string): LoadContext {
  return {
    siteDir,
    outDir,
    baseUrl: '/',
    generatedFilesDir: path.join(siteDir, '.docusaurus'),
    i18n: { currentLocale: 'en' },
    siteConfig: {
      title: 'Test site',
      future: { experimental_router: 'browser', faster: { rspackBundler: false, swcJsMinimizer: false } },
    },
  } as unknown as LoadContext;
}

async function postBuild(plugin: Plugin, context: LoadContext): Promise<void> {
  const siteConfig = context.siteConfig as unknown as Parameters<typeof getCurrentBundler>[0]['siteConfig'];
  const currentBundler = await getCurrentBundler({ siteConfig });
  const props = {
    ...context,
    currentBundler,
    routesPaths: ['/'],
    plugins: [],
    content: undefined,
  };
  await plugin.postBuild?.(props as unknown as Parameters<NonNullable<Plugin['postBuild']>>[0]);
}

describe('offline plugin postBuild', () => {
  // The whole postBuild runs: webpack compiles the worker, Workbox injects the manifest. The plugin
  // disables itself unless NODE_ENV is production.
  const previousEnv = process.env.NODE_ENV;
  beforeEach(() => {
    process.env.NODE_ENV = 'production';
  });
  afterEach(() => {
    process.env.NODE_ENV = previousEnv;
  });

  test('build steps run in order before Workbox lists the build, and what they write is precached', async () => {
    const siteDir = tempDir();
    const outDir = path.join(siteDir, 'build');
    write(outDir, 'index.html', '<title>Home | Test site</title><h1>Home</h1>');
    write(outDir, 'manifest.json', '{"name": "t"}');
    const order: string[] = [];
    const index = '{"version": "1"}';
    const steps = [
      {
        name: 'index',
        async run(dir: string) {
          // Slow on purpose: the next step and Workbox must wait for it.
          await new Promise((resolve) => setTimeout(resolve, 200));
          write(dir, 'pagefind/pagefind-entry.json', index);
          order.push('index');
          return ['pagefind/pagefind-entry.json'];
        },
      },
      {
        name: 'after',
        async run(dir: string) {
          order.push(fs.existsSync(path.join(dir, 'pagefind/pagefind-entry.json')) ? 'after, index there' : 'after');
          return [];
        },
      },
    ];
    const plugin = offlinePlugin(fakeContext(siteDir, outDir), { steps });
    expect(plugin).not.toBeNull();
    await postBuild(plugin as Plugin, fakeContext(siteDir, outDir));

    expect(order).toEqual(['index', 'after, index there']);
    const manifest = readPrecacheManifest(path.join(outDir, 'sw.js'));
    expect(manifest).toContainEqual({ url: 'pagefind/pagefind-entry.json', revision: md5(index) });
    expect(manifest.map((entry) => entry.url)).toEqual(expect.arrayContaining(['index.html', OFFLINE_PAGE]));
    expect(fs.readFileSync(path.join(outDir, OFFLINE_PAGE), 'utf8')).toContain('<a href="/">Home</a>');
  }, 60_000);

  test('a failing step fails the build, naming the step', async () => {
    const siteDir = tempDir();
    const outDir = path.join(siteDir, 'build');
    write(outDir, 'index.html', '<title>Home | Test site</title>');
    write(outDir, 'manifest.json', '{}');
    const steps = [{ name: 'search index', run: () => Promise.reject(new Error('no pages')) }];
    const plugin = offlinePlugin(fakeContext(siteDir, outDir), { steps }) as Plugin;
    await expect(postBuild(plugin, fakeContext(siteDir, outDir))).rejects.toThrow(/"search index"/);
  }, 60_000);

  test('steps that are not {name, run} are refused when the plugin loads', () => {
    const siteDir = tempDir();
    expect(() => offlinePlugin(fakeContext(siteDir, path.join(siteDir, 'build')), { steps: [{}] })).toThrow(
      /steps\[0\]/,
    );
  });

  test('a file over the size limit fails the build instead of being left out', async () => {
    const siteDir = tempDir();
    const outDir = path.join(siteDir, 'build');
    write(outDir, 'index.html', '<title>Home | Test site</title>');
    write(outDir, 'manifest.json', '{}');
    write(outDir, 'assets/js/huge.0123abcd.js', Buffer.alloc(MAX_PRECACHE_FILE_BYTES + 1, 'a'));
    const plugin = offlinePlugin(fakeContext(siteDir, outDir), {}) as Plugin;
    await expect(postBuild(plugin, fakeContext(siteDir, outDir))).rejects.toThrow(/huge\.0123abcd\.js/);
  }, 60_000);
});
