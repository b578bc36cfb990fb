/** axe-core in a page: the one set of rules the browser tests hold every page to. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/** WCAG 2 and 2.1 A/AA (colour contrast included) plus axe's best practices (heading order, landmarks...). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The rules of TAGS a page's second colour mode can break. The mode is a `data-theme` attribute that swaps
 * CSS variables, so colours change (contrast, links told apart from text); the few elements that do change
 * with it are the colour-mode button's label and the diagrams' light or dark renders (names and text
 * alternatives). Every other rule gives the same answer in both modes and runs once, in light mode.
 */
export const COLOUR_MODE_RULES = [
  'color-contrast',
  'link-in-text-block',
  'button-name',
  'image-alt',
  'svg-img-alt',
  'role-img-alt',
];

/**
 * axe-core's violations on the page as it is now, one line each: the rule, its help text and up to five of
 * the elements it names. `rules` narrows the run to those rules (of TAGS).
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: TAGS };
  return page.evaluate(async (only) => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: only });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    );
  }, runOnly);
}
