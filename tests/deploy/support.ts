/** Helpers for the browser tests through nginx: CSP violations, and a cheap "next deploy" of a build. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { readPrecacheManifest } from '../../src/plugins/offline/precache';

/**
 * Records, in every page of the context, the CSP violations the page reports and its errors. The
 * listener is added by the browser before any page script runs (an init script is not subject to CSP).
 */
export async function watchForViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

/** The page's CSP violations so far, and its console errors mentioning the policy. */
export function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/**
 * A copy of `buildDir` as the next deploy would be, for the service worker: the home page changed (a
 * `<meta name="kia-deploy">` marker, outside what React renders) and its precache revision in sw.js
 * updated to match, so the worker's bytes change. Returns the copy's folder.
 */
export function nextDeploy(buildDir: string, targetDir: string, marker: string): string {
  fs.cpSync(buildDir, targetDir, { recursive: true });
  const home = path.join(targetDir, 'index.html');
  const html = fs.readFileSync(home, 'utf8');
  const changed = html.replace('<head>', `<head><meta name="kia-deploy" content="${marker}">`);
  if (changed === html) throw new Error(`no <head> in ${home}`);
  fs.writeFileSync(home, changed);
  const sw = path.join(targetDir, 'sw.js');
  const entry = readPrecacheManifest(sw).find((candidate) => candidate.url === 'index.html');
  if (!entry?.revision) throw new Error(`index.html has no revision in ${sw}`);
  const revision = crypto.createHash('md5').update(changed).digest('hex');
  const source = fs.readFileSync(sw, 'utf8');
  if (source.split(entry.revision).length !== 2) throw new Error(`revision ${entry.revision} not unique in ${sw}`);
  fs.writeFileSync(sw, source.replace(entry.revision, revision));
  return targetDir;
}

/** The kia-deploy marker of the page, if any. */
export function deployMarker(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('meta[name="kia-deploy"]')?.getAttribute('content') ?? null);
}
