/** Types for tests/deploy/basePathBuild.mjs (plain ESM so that tests/run-all.mjs runs it with node). */
export const BASE: string;
export const SITE: string;
export const BASE_PATH_BUILD_ENV: string;
export function buildForBasePath(outDir: string): Promise<{ ok: boolean; output: string }>;
