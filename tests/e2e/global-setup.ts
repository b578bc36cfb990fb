/**
 * Once per e2e run: check the production build exists, make sure Chromium is there, serve the build
 * (scripts/static-server.mjs, in this process: it listens at once, where `docusaurus serve` first loads
 * the whole site config and, on a busy machine, could take longer than any fixed wait).
 * Tests read the address from process.env.SITE_URL (vitest `provide` would need a typed context;
 * an environment variable also reaches helper modules).
 */
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!fs.existsSync('build/index.html')) {
    throw new Error('No production build in build/: run `npm run build` first (npm test does).');
  }
  ensureChromium();
  server = await startStaticServer({ root: 'build' });
  process.env.SITE_URL = server.url;
  project.provide('siteUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
