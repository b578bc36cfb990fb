/**
 * remark plugin: `<Simulation name="rollout" />` in a page gets, at build time, the simulation's spec
 * (made from the chapter's manifests, src/lib/simulations/catalog.ts) and its default run, so the page's
 * static HTML carries the run as a step log table: it reads, prints and is found by search without
 * JavaScript. The interactive panel (a chunk of its own) replays the same spec in the browser.
 * An unknown name, a manifest without what the simulation needs or a default run the simulation rejects
 * stops the build with the page and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { readManifest } from '../../lib/build/manifests';
import {
  describe,
  isSimulationName,
  simulationOf,
  SIMULATIONS,
  type SimulationName,
} from '../../lib/simulations/catalog';
import { attributeValue, jsxElementNamed } from '../../lib/mdxJsx';

export interface SimulationOptions {
  /** Absolute path of manifests/. */
  manifestsDir: string;
}

/** The spec and default run of a simulation, as the attributes the component gets (JSON strings). */
export function simulationAttributes(
  manifestsDir: string,
  name: SimulationName,
): { spec: string; run: string; title: string } {
  const docs = Object.fromEntries(SIMULATIONS[name].map((file) => [file, readManifest(manifestsDir, file).documents]));
  const spec = describe(name, docs);
  const simulation = simulationOf(spec);
  const run = simulation.run(spec.params, spec.script);
  // The static table needs the log only: events and counts.
  const log = { columns: run.columns, steps: run.steps.map((step) => ({ event: step.event, counts: step.counts })) };
  return { spec: JSON.stringify(spec), run: JSON.stringify(log), title: simulation.title };
}

export default function simulation(options?: Partial<SimulationOptions>) {
  const manifestsDir = options?.manifestsDir;
  if (typeof manifestsDir !== 'string' || !path.isAbsolute(manifestsDir) || !fs.existsSync(manifestsDir)) {
    throw new Error('simulation: option "manifestsDir" must be the absolute path of an existing folder');
  }
  return (tree: Root, file: VFile): void => {
    const page = file.path ? path.relative(process.cwd(), file.path) : '<unknown page>';
    visit(tree, (node) => {
      const element = jsxElementNamed(node, 'Simulation');
      if (!element) return;
      const where = `${page}:${element.position?.start.line ?? '?'}`;
      const name = attributeValue(element, 'name');
      if (!isSimulationName(name)) {
        throw new Error(
          `${where}: <Simulation name="${String(name)}">: no such simulation (one of ${Object.keys(SIMULATIONS).join(', ')})`,
        );
      }
      try {
        const { spec, run, title } = simulationAttributes(manifestsDir, name);
        element.attributes = [
          { type: 'mdxJsxAttribute', name: 'name', value: name },
          { type: 'mdxJsxAttribute', name: 'spec', value: spec },
          { type: 'mdxJsxAttribute', name: 'run', value: run },
          { type: 'mdxJsxAttribute', name: 'title', value: title },
        ];
      } catch (error) {
        throw new Error(`${where}: <Simulation name="${name}">: ${(error as Error).message}`);
      }
    });
  };
}
