/**
 * The production build (`npm run build`): validate, render into a temporary folder, run the
 * post-build steps (minify, site files, hosting files, output checks), and only then swap the
 * result into `_site/`. A failed build leaves `_site/` exactly as it was.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { checkOutput } from "../lib/build/check-output.ts";
import { projectPath, type BuildContext, type BuildStep, type BuiltPage } from "../lib/build/context.ts";
import { writeHostingFiles } from "../lib/build/hosting-files.ts";
import { writeSearchIndex } from "../lib/build/search-index.ts";
import { createPool } from "../lib/build/pool.ts";
import { processPages } from "../lib/build/process-pages.ts";
import { writeSiteFiles } from "../lib/build/site-files.ts";
import { reportTimings, timed } from "../lib/build-timings.ts";
import { formatProblems, formatWarnings, ProblemsError } from "../lib/problems.ts";
import { validateSources } from "../lib/validate/index.ts";

const root = process.cwd();
const finalDir = path.join(root, "_site");
const nextDir = path.join(root, ".site-next");
const previousDir = path.join(root, ".site-previous");

/**
 * What happens between Eleventy's write into `.site-next/` and the swap, in this order.
 * Steps after `processPages` must not change HTML (the checks read its reports).
 */
const POST_BUILD_STEPS: readonly BuildStep[] = [
  processPages, // minify every page (worker pool), html-validate it, read links, ids, inline code
  writeSiteFiles, // sitemap.xml, robots.txt, manifest.webmanifest, favicons
  writeHostingFiles, // _headers, _redirects
  writeSearchIndex, // Pagefind index into pagefind/ (lib/search/)
  checkOutput, // HTML errors, links and #fragments, other hosts, CSP, redirects, byte budgets
];

/** Finds a ProblemsError anywhere in an error's cause chain (Eleventy wraps errors). */
function findProblems(error: unknown): ProblemsError | undefined {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    if (current instanceof ProblemsError) return current;
    current = (current as { cause?: unknown; originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function fail(message: string): never {
  rmSync(nextDir, { recursive: true, force: true });
  console.error(`\n${message}\n`);
  process.exit(1);
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const report = await timed("validation", () => validateSources(root));
if (report.problems.length > 0 || !report.data) fail(formatProblems(report.problems));
if (report.warnings.length > 0) console.warn(`\n${formatWarnings(report.warnings)}\n`);
// Eleventy's eleventy.before hook need not check the same sources a second time.
process.env.SEZ_SOURCES_VALIDATED = "1";

rmSync(nextDir, { recursive: true, force: true });
const started = performance.now();
const timings: string[] = [];
let pages: BuiltPage[] = [];
try {
  const eleventy = new Eleventy("src", nextDir, { configPath: ".eleventy.ts", quietMode: true });
  const [, templates] = (await timed("eleventy", () => eleventy.write())) as unknown as [unknown, Array<{ inputPath: string; outputPath: string | false; url: string | false }>];
  pages = templates
    .filter((t): t is { inputPath: string; outputPath: string; url: string } => typeof t.outputPath === "string" && typeof t.url === "string")
    .map((t) => ({ url: t.url, inputPath: projectPath(root, t.inputPath), file: path.relative(nextDir, path.resolve(root, t.outputPath)).split(path.sep).join("/") }));
} catch (error) {
  const problems = findProblems(error);
  fail(problems ? problems.message : `Der Build ist abgebrochen:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
timings.push(`Eleventy ${seconds(performance.now() - started)}`);

const context: BuildContext = {
  root,
  outDir: nextDir,
  site: report.data.site,
  sources: new Map(report.pages.map((page) => [page.file, page])),
  pages,
  reports: new Map(),
  // One worker per core, but no second worker (and its start-up cost) for a small site.
  pool: createPool(new URL("../lib/build/page-worker.ts", import.meta.url), { root }, Math.min(availableParallelism(), Math.ceil(pages.length / 200))),
  notes: [],
};
try {
  for (const step of POST_BUILD_STEPS) {
    const stepStarted = performance.now();
    const problems = await timed(step.name, () => step.run(context));
    timings.push(`${step.name} ${seconds(performance.now() - stepStarted)}`);
    if (problems.length > 0) fail(formatProblems(problems));
  }
} catch (error) {
  fail(`Der Build ist abgebrochen:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await context.pool.close();
}

rmSync(previousDir, { recursive: true, force: true });
if (existsSync(finalDir)) renameSync(finalDir, previousDir);
renameSync(nextDir, finalDir);
rmSync(previousDir, { recursive: true, force: true });
reportTimings();
for (const note of context.notes) console.log(note);
console.log(`Build fertig in ${seconds(performance.now() - started)} (${timings.join(", ")}): _site/ mit ${context.reports.size} Seiten`);
