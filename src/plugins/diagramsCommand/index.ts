/**
 * `npm run diagrams` (`docusaurus diagrams`): draws every ```mermaid block of docs/ that has no render
 * yet, in Chromium, and removes the renders no diagram uses any more. The build draws missing renders
 * too (src/remark/diagrams); this command is for committing them, so a fresh clone builds without a
 * browser, and for finding every Mermaid error of the site at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Joi } from '@docusaurus/utils-validation';
import { optionsValidator } from '../options';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { diagramKey } from '../../lib/build/diagrams/key';
import { renderMissing, type DiagramSource } from '../../lib/build/diagrams/render';
import { renderedKeys, renderFileName } from '../../lib/build/diagrams/store';
import { THEMES } from '../../lib/diagrams/settings';
import { siteDiagrams } from '../../lib/build/diagrams/sources';

export interface DiagramsPluginOptions {
  id?: string;
  docsDir: string;
  manifestsDir: string;
  rendersDir: string;
}

export async function syncRenders({
  docsDir,
  manifestsDir,
  rendersDir,
}: DiagramsPluginOptions): Promise<{ drawn: number; removed: string[] }> {
  const sources: DiagramSource[] = siteDiagrams(docsDir, manifestsDir);
  const drawn = await renderMissing(rendersDir, sources);
  const used = new Set(sources.map((item) => diagramKey(item.source)));
  const removed: string[] = [];
  for (const key of renderedKeys(rendersDir)) {
    if (used.has(key)) continue;
    for (const theme of THEMES) {
      const file = path.join(rendersDir, renderFileName(key, theme));
      if (fs.existsSync(file)) {
        fs.rmSync(file);
        removed.push(path.relative(process.cwd(), file));
      }
    }
  }
  return { drawn, removed };
}

export default function diagramsPlugin(_context: LoadContext, rawOptions: unknown): Plugin {
  // Already checked against optionsSchema below.
  const options = rawOptions as DiagramsPluginOptions;
  return {
    name: 'kia-diagrams',
    extendCli(cli) {
      cli
        .command('diagrams')
        .description('Draw the renders of new or changed Mermaid diagrams (needs Chromium) and remove unused ones.')
        .action(async () => {
          const { drawn, removed } = await syncRenders(options);
          console.log(`[diagrams] drew ${drawn} diagram(s), removed ${removed.length} unused render(s).`);
          for (const file of removed) console.log(`[diagrams] removed ${file}`);
        });
    },
  };
}

const optionsSchema = Joi.object<DiagramsPluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().required(),
  manifestsDir: Joi.string().required(),
  rendersDir: Joi.string().required(),
});

// A plugin given to the config as a function carries its option validation as a property.
diagramsPlugin.validateOptions = optionsValidator(optionsSchema);
