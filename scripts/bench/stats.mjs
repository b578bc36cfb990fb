/** Min, median and max of a series (the median of an even count is the lower middle: a value that was measured). */
export function spread(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return {
    min: sorted[0],
    median: sorted[Math.floor((sorted.length - 1) / 2)],
    max: sorted[sorted.length - 1],
    n: sorted.length,
  };
}

/** The spread of one field over runs (objects), e.g. `spreadOf(runs, 'tbt')`. */
export const spreadOf = (runs, field) => spread(runs.map((run) => run[field]));
