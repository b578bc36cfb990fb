/**
 * `npm run budgets`: (re)writes tests/site/budgets/budgets.json from the build in build/ (run
 * `npm run build` first), and prints what changed against the file it replaces, for the commit message.
 */
import fs from 'node:fs';
import { BUDGET_FILE, budgetsFrom, readBudgets, writeBudgets } from './budgetFile';
import { PAGE_METRICS, measureBuild } from './weights';

const before = fs.existsSync(BUDGET_FILE) ? readBudgets() : undefined;
const after = budgetsFrom(measureBuild());
writeBudgets(after);

const changes: string[] = [];
for (const [page, limits] of Object.entries(after.pages)) {
  const old = before?.pages[page];
  if (!old) changes.push(`${page}: new`);
  else
    for (const metric of PAGE_METRICS)
      if (old[metric]?.today !== limits[metric].today)
        changes.push(`${page}: ${metric} ${old[metric]?.today ?? '-'} -> ${limits[metric].today}`);
}
for (const page of Object.keys(before?.pages ?? {})) if (!after.pages[page]) changes.push(`${page}: removed`);
for (const [name, limit] of Object.entries(after.lazy))
  if (before?.lazy[name]?.today !== limit.today)
    changes.push(`lazy ${name}: ${before?.lazy[name]?.today ?? '-'} -> ${limit.today}`);
console.log(
  `Wrote ${BUDGET_FILE}: ${Object.keys(after.pages).length} pages, ${Object.keys(after.lazy).length} lazy features.`,
);
console.log(changes.length ? changes.map((line) => `  ${line}`).join('\n') : "  no change in today's values");
