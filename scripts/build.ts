/**
 * The production build (`npm run build`): validate while Eleventy renders into a temporary
 * folder (in a child process, `lib/build/render.ts`), run the post-build steps (minify, site
 * files, hosting files, search index, output checks), and only then swap the result into
 * `_site/`. A failed build leaves `_site/` exactly as it was.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { availableParallelism } from "node:os";
import { checkOutput } from "../lib/build/check-output.ts";
import type { BuildContext, BuildStep, BuiltPage } from "../lib/build/context.ts";
import { DEBUG_FLAG, failureMessage } from "../lib/build/failure.ts";
import { writeHostingFiles } from "../lib/build/hosting-files.ts";
import { acquireBuildLock } from "../lib/build/lock.ts";
import { createPool } from "../lib/build/pool.ts";
import { handOver, handOverDir, processPages, startPagePass } from "../lib/build/process-pages.ts";
import { renderInChild, RenderError } from "../lib/build/render.ts";
import { writeSearchIndex } from "../lib/build/search-prep.ts";
import { writeSiteFiles } from "../lib/build/site-files.ts";
import { recoverSwap, swapDirs, swapIn } from "../lib/build/swap.ts";
import { reportTimings, timed } from "../lib/build/timings.ts";
import { writeAdminStep } from "../lib/cms/admin.ts";
import { runMode } from "../lib/load/run-mode.ts";
import { searchScratch } from "../lib/search/index.ts";
import { formatAnnotations, formatProblems, formatWarnings, type Problem, PUBLISHED_STAYS } from "../lib/shared/problems.ts";
import { validateSources } from "../lib/validate/index.ts";

const root = process.cwd();
const dirs = swapDirs(root);
const nextDir = dirs.next;
const debug = process.argv.includes(DEBUG_FLAG);

/**
 * What happens between Eleventy's write into `.site-next/` and the swap, in this order.
 * Steps after `processPages` must not change HTML (the checks read its reports).
 */
const POST_BUILD_STEPS: readonly BuildStep[] = [
  processPages, // hyphenate every page (worker pool), read links, ids, inline code, search sources
  writeAdminStep, // the editing UI at /admin/ (lib/cms/): no page, so no sitemap, search or budgets
  writeSiteFiles, // sitemap.xml, robots.txt, manifest.webmanifest, favicons
  writeHostingFiles, // _headers, _redirects
  writeSearchIndex, // Pagefind index into pagefind/ from the search sources (lib/build/search-prep.ts)
  checkOutput, // links and #fragments, ids used twice, other hosts, CSP, redirects, byte budgets
];

/** What happens to the site when this build stops. */
let outcome = PUBLISHED_STAYS;
let releaseLock = (): void => {};
/** This build holds the lock, so `.site-next/` is its own to remove. */
let ownsOutput = false;
/** The search index's scratch folder, once the post-build steps have begun. */
let searchDir: string | undefined;
const stop = new AbortController();

/** Ends the build: removes the half-built output, gives back the lock, prints the message. */
function fail(message: string): never {
  stop.abort();
  if (ownsOutput) rmSync(nextDir, { recursive: true, force: true });
  if (searchDir) rmSync(searchDir, { recursive: true, force: true });
  releaseLock();
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** Ends the build for any error, in German; the raw error only with --debug. */
function failWith(error: unknown): never {
  fail(failureMessage(error, root, debug, outcome));
}

// Ctrl+C or a kill: the render child stops with us, the lock is given back.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => fail(`Der Build wurde abgebrochen (${signal}). ${outcome}`));
}
process.on("uncaughtException", failWith);
process.on("unhandledRejection", failWith);

/** The problems as the build prints them; in GitHub Actions also as annotations on their lines. */
const described = (problems: readonly Problem[]): string => formatProblems(problems, outcome) + (runMode().annotations ? `\n\n${formatAnnotations(problems)}` : "");

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** How many Markdown pages `dir` holds (the size of the site before it is rendered). */
function countMarkdown(dir: string): number {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".md")).length : 0;
}

try {
  const lock = acquireBuildLock(root);
  releaseLock = lock.release;
  ownsOutput = true;
  if (lock.note) console.log(lock.note);
  const recovered = recoverSwap(dirs);
  if (recovered) console.log(recovered);
} catch (error) {
  failWith(error);
}
if (!existsSync(dirs.final)) outcome = "Eine veröffentlichte Fassung (_site/) gibt es noch nicht.";
const started = performance.now();
const timings: string[] = [];

// Eleventy renders into .site-next/ in a child process while this one validates the sources
// and the page workers take each page the child hands over (both cores busy); nothing reaches
// _site/ unless all succeed. Validation problems come first: they say what to fix, and a
// render error is often their consequence.
searchDir = searchScratch();
// One worker per core, but no second worker (and its start-up cost) for a small site.
const pool = createPool(new URL("../lib/build/page-worker.ts", import.meta.url), { root }, Math.min(availableParallelism(), Math.ceil(countMarkdown(path.join(root, "src")) / 200)));
const pagePass = startPagePass(root, nextDir, pool, searchDir);
const rendering = timed("eleventy", () => renderInChild(root, nextDir, stop.signal, { dir: handOverDir(searchDir), onPage: (page) => handOver(pagePass, page) })).then(
  (result) => result,
  (error: unknown) => ({ error }),
);
const report = await timed("validation", () => validateSources(root)).catch(failWith);
if (report.problems.length > 0 || !report.data) {
  stop.abort();
  await rendering;
  fail(described(report.problems));
}
if (report.warnings.length > 0) console.warn(`\n${formatWarnings(report.warnings)}\n`);
for (const note of report.notes) console.log(note);
const rendered = await rendering;
if ("error" in rendered) {
  const error = rendered.error;
  if (!(error instanceof RenderError && error.problems)) failWith(error);
  fail(debug ? `${error.message}\n\nTechnische Einzelheiten (${DEBUG_FLAG}):\n${error.details}\n${error.log}` : error.message);
}
process.stdout.write(rendered.log);
const pages: BuiltPage[] = rendered.pages;
timings.push(`Eleventy ${seconds(performance.now() - started)}`);

const context: BuildContext = {
  root,
  outDir: nextDir,
  site: report.data.site,
  sources: new Map(report.pages.map((page) => [page.file, page])),
  pages,
  reports: new Map(),
  pool,
  pagePass,
  search: { files: [], vocabulary: new Set(), candidates: new Set() },
  notes: [],
};
try {
  for (const step of POST_BUILD_STEPS) {
    const stepStarted = performance.now();
    const problems = await timed(step.name, () => step.run(context));
    timings.push(`${step.name} ${seconds(performance.now() - stepStarted)}`);
    if (problems.length > 0) fail(described(problems));
  }
} catch (error) {
  failWith(error);
} finally {
  await context.pool.close();
  rmSync(searchDir, { recursive: true, force: true });
}

try {
  swapIn(dirs);
} catch (error) {
  // The journal lets the next build finish or undo this swap (lib/build/swap.ts).
  releaseLock();
  console.error(`\n${failureMessage(error, root, debug, "Der nächste Build stellt _site/ wieder her.")}\n`);
  process.exit(1);
}
releaseLock();
reportTimings();
for (const note of context.notes) console.log(note);
console.log(`Build fertig in ${seconds(performance.now() - started)} (${timings.join(", ")}): _site/ mit ${context.reports.size} Seiten`);
