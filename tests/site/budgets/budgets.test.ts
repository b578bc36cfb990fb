/**
 * Budgets of the production build, deterministic ones only (byte and element counts, no timings): every page
 * of the sitemap has one in budgets.json, and no measure is over it. A new page, or a deliberate change of
 * weight, is a `npm run budgets` and a reviewed diff of that file.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { sitemapPaths } from '../../builtHtml';
import { budgetsFrom, lazyOverBudget, overBudget, pageOverBudget, readBudgets } from './budgetFile';
import { measureBuild } from './weights';

const buildDir = path.resolve('build');
const weights = measureBuild(buildDir);
const budgets = readBudgets();

describe('budgets', () => {
  test('the build was measured: every page of the sitemap, with scripts at load', () => {
    expect(Object.keys(weights.pages).sort()).toEqual(sitemapPaths(buildDir).sort());
    for (const weight of Object.values(weights.pages)) expect(weight.jsAtLoadGzip).toBeGreaterThan(10_000);
  });

  test.each(sitemapPaths(buildDir).sort())('%s has a budget and is within it', (page) => {
    expect(pageOverBudget(page, weights.pages[page]!, budgets.pages[page])).toEqual([]);
  });

  test('no budget names a page that is gone', () => {
    expect(Object.keys(budgets.pages).filter((page) => !weights.pages[page])).toEqual([]);
  });

  test.each(Object.keys(weights.lazy))('lazy %s is within its budget', (name) => {
    expect(lazyOverBudget(name, weights.lazy[name]!, budgets.lazy[name])).toEqual([]);
  });
});

describe('the budget check itself', () => {
  // Budgets written from this very build: the check passes, and fails as soon as one number grows past its margin.
  const fresh = budgetsFrom(weights);
  const page = Object.keys(weights.pages)[0]!;

  test('passes on the build its budgets were written from', () => {
    expect(overBudget(fresh, weights)).toEqual([]);
  });

  test('names the page and the number when a measure is over budget, or a page has no budget', () => {
    const heavier = structuredClone(weights);
    heavier.pages[page]!.domElements = fresh.pages[page]!.domElements.budget + 1;
    expect(overBudget(fresh, heavier)).toEqual([
      `${page}: domElements ${heavier.pages[page]!.domElements} > budget ${fresh.pages[page]!.domElements.budget} (${weights.pages[page]!.domElements} when written)`,
    ]);
    const others = Object.fromEntries(Object.entries(fresh.pages).filter(([key]) => key !== page));
    expect(overBudget({ ...fresh, pages: others }, weights)).toEqual([
      `${page}: no budget (a new page? run \`npm run budgets\` and review the diff)`,
    ]);
  });
});
