/** Small numeric and formatting helpers for the benchmark report. */

/**
 * The median (mean of the middle two for an even count); NaN for an empty list.
 *
 * @example
 * median([3, 1, 2])    // => 2
 * median([4, 1, 2, 3]) // => 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Seconds with one decimal (two below ten seconds).
 *
 * @example
 * seconds(8123) // => "8.12 s"
 * seconds(19600) // => "19.6 s"
 */
export function seconds(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
}

/**
 * Milliseconds, rounded.
 *
 * @example
 * millis(212.6) // => "213 ms"
 */
export function millis(ms: number): string {
  return Number.isFinite(ms) ? `${Math.round(ms)} ms` : "–";
}

/**
 * Bytes in B, kB or MB (decimal units, as browsers' dev tools show them).
 *
 * @example
 * bytes(512)      // => "512 B"
 * bytes(14_336)   // => "14.3 kB"
 * bytes(1_250_000) // => "1.25 MB"
 */
export function bytes(value: number): string {
  if (!Number.isFinite(value)) return "–";
  if (value < 1000) return `${value} B`;
  if (value < 1_000_000) return `${(value / 1000).toFixed(1)} kB`;
  if (value < 1_000_000_000) return `${(value / 1_000_000).toFixed(value < 10_000_000 ? 2 : 1)} MB`;
  return `${(value / 1_000_000_000).toFixed(2)} GB`;
}

/**
 * A ratio such as `1.42x`.
 *
 * @example
 * ratio(7100, 5000) // => "1.42x"
 */
export function ratio(value: number, reference: number): string {
  return Number.isFinite(value) && Number.isFinite(reference) && reference > 0 ? `${(value / reference).toFixed(2)}x` : "–";
}

/**
 * A share in percent.
 *
 * @example
 * percent(0.634) // => "63%"
 */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : "–";
}

/**
 * A Markdown table.
 *
 * @example
 * table(["a", "b"], [["1", "2"]]) // => "| a | b |\n| --- | --- |\n| 1 | 2 |"
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * The growth exponent of a figure over the page count: the slope of the least-squares line
 * through (log pages, log value). 1 means linear growth, below 1 slower, above 1 faster.
 *
 * @example
 * growthExponent([[250, 1], [1000, 4], [4000, 16]]) // => 1 (within rounding)
 * growthExponent([[250, 5], [4000, 5]])             // => 0
 */
export function growthExponent(points: readonly (readonly [number, number])[]): number {
  const logs = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  if (logs.length < 2) return Number.NaN;
  const mx = logs.reduce((a, [x]) => a + x, 0) / logs.length;
  const my = logs.reduce((a, [, y]) => a + y, 0) / logs.length;
  const sxy = logs.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = logs.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}
