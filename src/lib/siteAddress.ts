/**
 * The site's public address, from the build's environment: `SITE_URL` (scheme and host, e.g.
 * `https://notes.example.org`) and `BASE_URL` (the path the site lives under, e.g. `/kia/`). Defaults
 * serve a local build (`npm run serve`, the tests). Read by docusaurus.config.ts; a bad value stops the
 * build naming the variable.
 */
export interface SiteAddress {
  /** Origin without a trailing slash: `https://notes.example.org`. */
  url: string;
  /** Starts and ends with `/`: `/` or `/kia/`. */
  baseUrl: string;
}

export const DEFAULT_SITE_URL = 'http://localhost:3000';
export const DEFAULT_BASE_URL = '/';

export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const rawUrl = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const baseUrl = env.BASE_URL?.trim() || DEFAULT_BASE_URL;
  let parsed: URL;
  try {
    parsed = new URL(rawUrl);
  } catch {
    throw new Error(`SITE_URL="${rawUrl}" is not a URL: give scheme and host, e.g. https://notes.example.org`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL="${rawUrl}" must start with https:// (or http:// for local use)`);
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash || rawUrl.replace(/\/$/, '') !== parsed.origin) {
    throw new Error(
      `SITE_URL="${rawUrl}" must be scheme and host only (${parsed.origin}); put the path in BASE_URL, e.g. BASE_URL=${parsed.pathname.replace(/\/?$/, '/')}`,
    );
  }
  if (!baseUrl.startsWith('/') || !baseUrl.endsWith('/') || baseUrl.includes('//')) {
    throw new Error(`BASE_URL="${baseUrl}" must start and end with "/" (e.g. "/" or "/kia/")`);
  }
  if (!/^[A-Za-z0-9/._~-]+$/.test(baseUrl)) {
    throw new Error(`BASE_URL="${baseUrl}" may hold only letters, digits and / . _ ~ -`);
  }
  return { url: parsed.origin, baseUrl };
}
