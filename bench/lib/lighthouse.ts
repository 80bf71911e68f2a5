/**
 * Lighthouse (the npm package's CLI) on Debian's Chromium: mobile scores and the main
 * metrics of one page. Lighthouse starts its own Chromium through chrome-launcher. It comes from
 * the benchmark's own packages (`bench/package.json`, see `bench/lib/bench-deps.ts`).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchBin } from "./bench-deps.ts";

/** The categories we report, in this order. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** Chromium flags for a headless run on a machine without GPU, sandbox or network. */
export const LIGHTHOUSE_CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Scores (0-100) and metrics of one Lighthouse run. */
export interface LighthouseResult {
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number | undefined>;
  metrics: { fcpMs?: number; lcpMs?: number; tbtMs?: number; cls?: number; speedIndexMs?: number };
  /** Audits that did not pass (score below 0.9), for the report. */
  failing: string[];
}

/** The parts of a Lighthouse JSON report we read. */
interface LighthouseReport {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode?: string } | undefined>;
}

/**
 * Reads scores, metrics and failing audits from a Lighthouse JSON report.
 *
 * @example
 * parseLighthouse("/", { categories: { seo: { score: 1 } }, audits: {} }).scores.seo // => 100
 */
export function parseLighthouse(url: string, report: LighthouseReport): LighthouseResult {
  const score = (id: string) => {
    const value = report.categories[id]?.score;
    return typeof value === "number" ? Math.round(value * 100) : undefined;
  };
  const numeric = (id: string) => report.audits[id]?.numericValue;
  const failing = Object.entries(report.audits)
    .filter(([, audit]) => audit && typeof audit.score === "number" && audit.score < 0.9 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "manual")
    .map(([id, audit]) => `${id}: ${audit!.title}`);
  return {
    url,
    scores: { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") },
    metrics: {
      fcpMs: numeric("first-contentful-paint"),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      speedIndexMs: numeric("speed-index"),
    },
    failing,
  };
}

/**
 * Runs Lighthouse (mobile, simulated throttling: its defaults) on one URL.
 *
 * @example
 * const result = await runLighthouse("http://127.0.0.1:4308/", "/usr/bin/chromium");
 * result.scores.accessibility // => 100
 */
export async function runLighthouse(url: string, chromePath: string, root = process.cwd()): Promise<LighthouseResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "sez-lighthouse-"));
  const output = path.join(dir, "report.json");
  try {
    const args = [url, "--output=json", `--output-path=${output}`, `--only-categories=${CATEGORIES.join(",")}`, `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(" ")}`, "--quiet"];
    const child = spawn(benchBin(root, "lighthouse"), args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    if (code !== 0) throw new Error(`Lighthouse on ${url} exited with ${code}:\n${stderr.slice(-2000)}`);
    return parseLighthouse(url, JSON.parse(readFileSync(output, "utf8")) as LighthouseReport);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
