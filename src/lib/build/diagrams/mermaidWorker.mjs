/**
 * Draws diagrams with Mermaid in Chromium through mermaid-isomorphic, in a Node process of its own.
 * mermaid-isomorphic is native ESM (it uses `import.meta.resolve`), which the loaders that run the site's
 * TypeScript (Docusaurus' jiti, Vitest) cannot import; render.ts starts this file with plain `node`.
 *
 * stdin: {"executablePath", "args", "jobs": [{"id", "source", "prefix", "mermaidConfig"}]}
 * stdout: [{"id", "svg", "width", "height"} | {"id", "error"}]
 */
import { createMermaidRenderer } from 'mermaid-isomorphic';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { executablePath, args, jobs } = JSON.parse(input);
const render = createMermaidRenderer({ launchOptions: { executablePath, headless: true, args } });
const results = await Promise.all(
  jobs.map(async ({ id, source, prefix, mermaidConfig }) => {
    const [result] = await render([source], { prefix, mermaidConfig });
    if (result.status === 'fulfilled') {
      const { svg, width, height } = result.value;
      return { id, svg, width, height };
    }
    const reason = result.reason;
    return { id, error: String(reason?.message ?? reason) };
  }),
);
process.stdout.write(JSON.stringify(results));
