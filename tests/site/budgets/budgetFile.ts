/**
 * tests/site/budgets/budgets.json: for every page of the sitemap and every feature loaded on demand, each
 * measure's value when the file was written (`today`) and its budget, that value plus a small margin.
 * Written by `npm run budgets` (./write.ts) from the current build, so that a new page, or a deliberate
 * change of weight, is one reviewable diff of this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_METRICS, type Metric, type Weights } from './weights';

export const BUDGET_FILE = path.resolve('tests/site/budgets/budgets.json');

export interface Limit {
  today: number;
  budget: number;
}
export interface BudgetFile {
  $comment: string;
  pages: Record<string, Record<Metric, Limit> & { largestScript: string }>;
  lazy: Record<string, Limit>;
}

/** The margin over today's value: 3% (bytes and elements alike), and at least 256 bytes or 10 elements. */
export function withMargin(metric: Metric | 'lazy', today: number): number {
  const floor = metric === 'domElements' ? 10 : 256;
  return today + Math.max(floor, Math.ceil(today * 0.03));
}

export function budgetsFrom(weights: Weights): BudgetFile {
  const limit = (metric: Metric | 'lazy', today: number): Limit => ({ today, budget: withMargin(metric, today) });
  return {
    $comment:
      'Written by `npm run budgets` from the current build: `today` is the value then, `budget` today + 3% (at least 256 bytes or 10 elements). Bytes of JS and HTML are gzip level 6 unless named raw (htmlBytes). Checked by tests/site/budgets/budgets.test.ts.',
    pages: Object.fromEntries(
      Object.entries(weights.pages).map(([page, weight]) => [
        page,
        {
          ...(Object.fromEntries(PAGE_METRICS.map((metric) => [metric, limit(metric, weight[metric])])) as Record<
            Metric,
            Limit
          >),
          largestScript: weight.largestScript,
        },
      ]),
    ),
    lazy: Object.fromEntries(Object.entries(weights.lazy).map(([name, { gzip }]) => [name, limit('lazy', gzip)])),
  };
}

export function readBudgets(file = BUDGET_FILE): BudgetFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BudgetFile;
}

export function writeBudgets(budgets: BudgetFile, file = BUDGET_FILE): void {
  fs.writeFileSync(file, `${JSON.stringify(budgets, null, 2)}\n`);
}

type PageWeights = Weights['pages'][string];
type LazyWeight = Weights['lazy'][string];

/** A page's measures over their budgets, one line each that names the page and the numbers. */
export function pageOverBudget(
  page: string,
  weight: PageWeights,
  budget: BudgetFile['pages'][string] | undefined,
): string[] {
  if (!budget) return [`${page}: no budget (a new page? run \`npm run budgets\` and review the diff)`];
  return PAGE_METRICS.flatMap((metric) => {
    const limit = budget[metric];
    if (!limit) return [`${page}: no budget for ${metric}`];
    if (weight[metric] <= limit.budget) return [];
    const largest = metric === 'largestScriptGzip' ? `, largest script ${weight.largestScript}` : '';
    return [`${page}: ${metric} ${weight[metric]} > budget ${limit.budget} (${limit.today} when written)${largest}`];
  });
}

export function lazyOverBudget(name: string, weight: LazyWeight, limit: Limit | undefined): string[] {
  if (!limit) return [`lazy ${name}: no budget (run \`npm run budgets\` and review the diff)`];
  if (weight.gzip <= limit.budget) return [];
  return [
    `lazy ${name}: gzip ${weight.gzip} > budget ${limit.budget} (${limit.today} when written); ${weight.files.join(', ')}`,
  ];
}

/** Every measure over its budget, every page or feature without one, every budget of a page that is gone. */
export function overBudget(budgets: BudgetFile, weights: Weights): string[] {
  return [
    ...Object.entries(weights.pages).flatMap(([page, weight]) => pageOverBudget(page, weight, budgets.pages[page])),
    ...Object.keys(budgets.pages)
      .filter((page) => !weights.pages[page])
      .map((page) => `${page}: a budget for a page that is not in the sitemap`),
    ...Object.entries(weights.lazy).flatMap(([name, weight]) => lazyOverBudget(name, weight, budgets.lazy[name])),
  ];
}
