/**
 * What goes into the service worker's precache, and the checks that make the build fail rather than ship
 * a precache with holes. Pure Node code: the offline plugin calls it at build time, the tests call it on
 * fixtures and on the real build.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ManifestEntry, ManifestTransform } from 'workbox-build';

/**
 * Largest file the precache takes. Workbox silently drops bigger files (its default limit is also
 * 2 MiB); here a bigger file fails the build instead, naming the file. The largest file of the site is
 * well under 1 MB.
 */
export const MAX_PRECACHE_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Files of the build a reader never loads: the service worker and its chunks (the browser keeps those
 * itself), the sitemap (for crawlers), source maps and license banners. And the PDFs of `npm run pdf`
 * (build/pdf/): downloads on demand, too big to save on every reader's device (DEPLOYMENT.md).
 */
const NOT_PRECACHED = [
  /^(?:.+\.)?sw\.js(?:\.map)?$/,
  /^sitemap\.xml$/,
  /\.map$/,
  /\.LICENSE\.txt$/,
  /^\.nojekyll$/,
  /^pdf\//,
];

/**
 * Content-hashed assets (`assets/js/main.0a1b2c3d.js`): the URL changes with the content, so Workbox
 * needs no revision for them. Without a revision it may also take them from the HTTP cache the page
 * just filled, instead of downloading everything a second time on the first visit.
 */
export const HASHED_ASSET = /^assets\/.+[.-][0-9a-f]{8}\.\w+$/;

export type SizedEntry = ManifestEntry & { size: number };

/** Every file under `dir`, as POSIX paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  walk('');
  return files.sort();
}

/** The build files a reader may load: everything but NOT_PRECACHED. */
export function precacheableFiles(outDir: string): string[] {
  return listFiles(outDir).filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file)));
}

function md5(file: string): string {
  return crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex');
}

/**
 * Adds to Workbox's glob result every file it did not match (raw manifests, shell scripts, Dockerfiles
 * under /manifests/, and whatever a later change adds), so the precache is the whole build rather than
 * a list of extensions someone has to keep in sync.
 */
export function addMissingFiles(outDir: string): ManifestTransform {
  return (entries) => {
    const present = new Set(entries.map((entry) => entry.url));
    const added: SizedEntry[] = precacheableFiles(outDir)
      .filter((file) => !present.has(file))
      .map((file) => {
        const absolute = path.join(outDir, file);
        return {
          url: file,
          revision: HASHED_ASSET.test(file) ? null : md5(absolute),
          size: fs.statSync(absolute).size,
        };
      });
    return { manifest: [...entries, ...added] };
  };
}

/** Fails on any entry over the limit: better a red build than a chapter that silently is not offline. */
export function failOnOversizedFiles(limit = MAX_PRECACHE_FILE_BYTES): ManifestTransform {
  return (entries) => {
    const oversized = entries.filter((entry) => entry.size > limit);
    if (oversized.length > 0) {
      const list = oversized.map((entry) => `${entry.url} (${entry.size} bytes)`).join(', ');
      throw new Error(
        `Precache: ${list} over the ${limit}-byte limit would not be available offline. Split the file ` +
          `or raise MAX_PRECACHE_FILE_BYTES in src/plugins/offline/precache.ts.`,
      );
    }
    return { manifest: entries };
  };
}

/** Fails unless every one of `required` (relative URLs) is in the manifest. */
export function requireEntries(required: () => readonly string[]): ManifestTransform {
  return (entries) => {
    const present = new Set(entries.map((entry) => entry.url));
    const missing = required().filter((url) => !present.has(url));
    if (missing.length > 0) {
      throw new Error(`Precache: ${missing.join(', ')} missing from the service worker's precache manifest.`);
    }
    return { manifest: entries };
  };
}

/** The precache manifest Workbox injected into a built sw.js. */
export function readPrecacheManifest(swFile: string): ManifestEntry[] {
  const source = fs.readFileSync(swFile, 'utf8');
  // Workbox replaces `self.__WB_MANIFEST` with a JSON array of {url, revision} objects; find where it
  // starts and read to its closing bracket (a JSON string may contain brackets, so track strings).
  const start = source.search(/\[\{"(?:url|revision)":/);
  if (start < 0) throw new Error(`No precache manifest found in ${swFile}`);
  let depth = 0;
  let inString = false;
  for (let index = start; index < source.length; index += 1) {
    const char = source[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) return JSON.parse(source.slice(start, index + 1)) as ManifestEntry[];
    }
  }
  throw new Error(`Unterminated precache manifest in ${swFile}`);
}
