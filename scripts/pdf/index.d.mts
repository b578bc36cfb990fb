/** Types for scripts/pdf/index.mjs (`npm run pdf`). */
export function findChromium(env?: Record<string, string | undefined>, candidates?: string[]): string;
export function makePdfs(options?: {
  buildDir?: string;
  outDir?: string;
  only?: (route: string) => boolean;
  log?: (line: string) => void;
}): Promise<string[]>;
/** The addresses of the page's images still loading after `timeout` ms (default 30 s); [] once all settle. */
export function imagesLoaded(page: import('playwright-core').Page, timeout?: number): Promise<string[]>;
