/**
 * The growth plot of `BENCHMARKS.md`: an SVG with one log-log panel per figure (build time,
 * memory, search bytes) over the page count, drawn from the results without a plotting
 * library (a few lines and labels; the report must not load anything from elsewhere).
 */

/** One line of a panel: its label and its points (pages, value). */
export interface PlotSeries {
  label: string;
  points: readonly (readonly [number, number])[];
  /** Drawn dashed (a reference, not the site). */
  dashed?: boolean;
}

/** One panel: a title, how values are written on the axis, its lines. */
export interface PlotPanel {
  title: string;
  unit: (value: number) => string;
  series: readonly PlotSeries[];
}

const WIDTH = 320;
const HEIGHT = 260;
const MARGIN = { left: 62, right: 12, top: 28, bottom: 70 };
const COLOURS = ["#005a8c", "#b3261e", "#2e7d32", "#6a1b9a", "#5f5f5f"];

/** Escapes text for SVG. */
function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Powers of ten and their halves between two values, for the value axis. */
function ticks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let exp = Math.floor(Math.log10(min)); exp <= Math.ceil(Math.log10(max)); exp++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** exp;
      if (v >= min && v <= max) out.push(v);
    }
  }
  return out.length >= 2 ? out : [min, max];
}

function panel(p: PlotPanel, offsetX: number): string {
  const points = p.series.flatMap((s) => s.points).filter(([x, y]) => x > 0 && y > 0);
  if (points.length === 0) return "";
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const [yMin, yMax] = [Math.min(...ys) / 1.3, Math.max(...ys) * 1.3];
  const w = WIDTH - MARGIN.left - MARGIN.right;
  const h = HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => offsetX + MARGIN.left + (xMax === xMin ? w / 2 : ((Math.log(x) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin))) * w);
  const sy = (y: number) => MARGIN.top + h - ((Math.log(y) - Math.log(yMin)) / (Math.log(yMax) - Math.log(yMin))) * h;
  const parts: string[] = [`<text x="${offsetX + WIDTH / 2}" y="16" text-anchor="middle" font-weight="bold">${esc(p.title)}</text>`];
  parts.push(`<rect x="${offsetX + MARGIN.left}" y="${MARGIN.top}" width="${w}" height="${h}" fill="none" stroke="#999"/>`);
  for (const y of ticks(yMin, yMax)) {
    parts.push(`<line x1="${offsetX + MARGIN.left}" x2="${offsetX + MARGIN.left + w}" y1="${sy(y).toFixed(1)}" y2="${sy(y).toFixed(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${offsetX + MARGIN.left - 4}" y="${(sy(y) + 4).toFixed(1)}" text-anchor="end">${esc(p.unit(y))}</text>`);
  }
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    parts.push(`<text x="${sx(x).toFixed(1)}" y="${MARGIN.top + h + 14}" text-anchor="middle">${x.toLocaleString("en")}</text>`);
  }
  parts.push(`<text x="${offsetX + MARGIN.left + w / 2}" y="${MARGIN.top + h + 28}" text-anchor="middle">pages (log)</text>`);
  p.series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const line = s.points
      .filter(([x, y]) => x > 0 && y > 0)
      .map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`)
      .join(" ");
    parts.push(`<polyline points="${line}" fill="none" stroke="${colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ""}/>`);
    for (const [x, y] of s.points) if (x > 0 && y > 0) parts.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${colour}"/>`);
    const legendY = MARGIN.top + h + 42 + i * 13;
    parts.push(`<line x1="${offsetX + 10}" x2="${offsetX + 28}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ""}/>`);
    parts.push(`<text x="${offsetX + 32}" y="${legendY}">${esc(s.label)}</text>`);
  });
  return parts.join("\n");
}

/**
 * The SVG of the panels side by side.
 *
 * @example
 * growthSvg([{ title: "Build time", unit: (v) => `${v} s`, series: [{ label: "production", points: [[250, 4], [4000, 27]] }] }])
 * // => '<svg xmlns="http://www.w3.org/2000/svg" ...>...</svg>'
 */
export function growthSvg(panels: readonly PlotPanel[]): string {
  const legendRows = Math.max(0, ...panels.map((p) => p.series.length));
  const height = HEIGHT + Math.max(0, legendRows - 2) * 13;
  const body = panels.map((p, i) => panel(p, i * WIDTH)).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * panels.length}" height="${height}" viewBox="0 0 ${WIDTH * panels.length} ${height}" font-family="sans-serif" font-size="11" role="img" aria-label="Growth of build time, memory and search bytes with the page count">
<rect width="100%" height="100%" fill="#fff"/>
${body}
</svg>
`;
}
