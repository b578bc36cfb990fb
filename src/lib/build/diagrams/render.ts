/**
 * Draws diagrams with Mermaid itself, in Debian's Chromium, through `mermaid-isomorphic` (Mermaid needs
 * a DOM to measure text, so it cannot run in Node alone). Used by the build for a diagram that has no
 * render yet, and by `npm run diagrams`. Each diagram is drawn once per colour mode and written to the
 * render store; a syntax error names the diagram's origin (page:line).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium, INSTALL_CHROMIUM_HINT } from '../chromium.mjs';
import { diagramKey } from './key';
import { BACKGROUND, MERMAID_CONFIG, THEMES } from '../../diagrams/settings';
import { hasRenders, writeRender } from './store';
import { finishSvg, prefixIds } from '../../diagrams/svg';

export interface DiagramSource {
  /** The Mermaid text. */
  source: string;
  /** Where it comes from, for messages: `docs/ch05-services.mdx:268`. */
  origin: string;
}

export class DiagramError extends Error {
  override name = 'DiagramError';
}

interface Job {
  id: string;
  source: string;
  prefix: string;
  mermaidConfig: Record<string, unknown>;
}

type JobResult = { id: string; svg: string; width: number; height: number } | { id: string; error: string };

/** Runs mermaidWorker.mjs (see there for why a process of its own) on a batch of jobs. */
function runWorker(jobs: Job[]): Promise<JobResult[]> {
  const executablePath = findChromium();
  if (!executablePath) {
    return Promise.reject(
      new DiagramError(`Drawing a new or changed diagram needs Chromium, and none was found. ${INSTALL_CHROMIUM_HINT}`),
    );
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'mermaidWorker.mjs')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new DiagramError(`The diagram renderer (mermaidWorker.mjs) exited with code ${code}`));
        return;
      }
      try {
        resolve(JSON.parse(output) as JobResult[]);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    child.stdin.end(JSON.stringify({ executablePath, args: CHROMIUM_ARGS, jobs }));
  });
}

/** Diagrams being drawn now, by key: the server and the client build ask for the same ones at once. */
const inFlight = new Map<string, Promise<void>>();

/** Draws `items` (by key) in both colour modes in one batch; each key's promise fails on its own error. */
function renderBatch(dir: string, items: Map<string, DiagramSource>): Map<string, Promise<void>> {
  const jobs: Job[] = [...items].flatMap(([key, item]) =>
    THEMES.map((theme) => ({
      id: `${key}:${theme}`,
      source: item.source,
      // Each render gets its own ID prefix, so no two SVGs of the site share an ID (inline diagrams).
      prefix: `d${key}-${theme}`,
      mermaidConfig: MERMAID_CONFIG[theme],
    })),
  );
  const batch = runWorker(jobs);
  const promises = new Map<string, Promise<void>>();
  for (const [key, item] of items) {
    const promise = batch.then((results) => {
      for (const theme of THEMES) {
        const result = results.find((candidate) => candidate.id === `${key}:${theme}`);
        if (!result || 'error' in result) {
          const message = result && 'error' in result ? result.error : 'no result';
          throw new DiagramError(
            `${item.origin}: Mermaid cannot draw this diagram: ${message.split('\n').slice(0, 4).join(' ')}`,
          );
        }
        writeRender(dir, key, theme, prefixIds(finishSvg(result.svg, result, BACKGROUND[theme]), `d${key}-${theme}`));
      }
    });
    promises.set(
      key,
      promise.finally(() => inFlight.delete(key)),
    );
  }
  return promises;
}

/**
 * Draws the diagrams of `sources` that have no render in `dir` yet, all at once; returns how many it
 * drew. Fails listing every diagram Mermaid could not draw, by origin.
 */
export async function renderMissing(dir: string, sources: readonly DiagramSource[]): Promise<number> {
  const wanted = new Map<string, Promise<void>>();
  const toDraw = new Map<string, DiagramSource>();
  for (const item of sources) {
    const key = diagramKey(item.source);
    if (wanted.has(key) || toDraw.has(key) || hasRenders(dir, key)) continue;
    const running = inFlight.get(key);
    if (running) wanted.set(key, running);
    else toDraw.set(key, item);
  }
  if (toDraw.size > 0) {
    for (const [key, promise] of renderBatch(dir, toDraw)) {
      inFlight.set(key, promise);
      wanted.set(key, promise);
    }
  }
  const results = await Promise.allSettled(wanted.values());
  const errors = results.flatMap((result) =>
    result.status === 'rejected'
      ? [result.reason instanceof Error ? result.reason.message : String(result.reason)]
      : [],
  );
  if (errors.length > 0) throw new DiagramError(errors.join('\n'));
  return wanted.size;
}
