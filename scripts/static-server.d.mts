/** Types for scripts/static-server.mjs (plain ESM so the benchmark runs it with node directly). */
export interface StaticServerOptions {
  root?: string;
  port?: number;
  host?: string;
  gzip?: boolean;
  /** Path the build is served under (its BASE_URL), `/` by default. */
  basePath?: string;
  onRequest?: (request: { method?: string; url?: string; status: number }) => void;
}

export interface StaticServer {
  url: string;
  /** Serve another folder from now on (a new deploy at the same origin). */
  setRoot(dir: string): void;
  stop(): Promise<void>;
}

export function cacheControl(urlPath: string, type: string): string;
export function startStaticServer(options?: StaticServerOptions): Promise<StaticServer>;
