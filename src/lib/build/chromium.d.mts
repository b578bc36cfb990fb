/** Types for src/lib/build/chromium.mjs (plain ESM: scripts run with node directly import it too). */
type Env = Record<string, string | undefined>;
export const CHROMIUM_CANDIDATES: string[];
export function findChromium(env?: Env, candidates?: string[]): string | undefined;
export const INSTALL_CHROMIUM_HINT: string;
export function requireChromium(needs: string, env?: Env, candidates?: string[]): string;
export const CHROMIUM_ARGS: string[];
