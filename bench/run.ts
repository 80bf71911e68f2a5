/**
 * `npm run bench`: builds the corpus with the real pipeline (`npm run build` in a work copy)
 * and with bare Eleventy and Hugo, side by side in interleaved rounds; measures the watch
 * rebuild, the KEZ page's weight, Pagefind's payload and Lighthouse; profiles the full build;
 * writes `BENCHMARKS.md` and `bench/results.json`.
 *
 * Options: --pages 250,1000,4000 (sizes; the largest gets the detailed measurements),
 * --runs 3, --seed N, --out BENCHMARKS.md, --json bench/results.json,
 * --skip hugo,watch,browser,lighthouse,profile,minifier; --rerender writes the report again from the
 * results file without measuring.
 * Timings are reported, never asserted: nothing here fails because something is slow.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createRequire } from "node:module";
import { parseTimings, type BuildTimings } from "../lib/build/timings.ts";
import { serveSite } from "../lib/hosting/serve.ts";
import { validateSources } from "../lib/validate/index.ts";
import { findChromium } from "../tests/e2e/browser.ts";
import { countWords, DEFAULT_SEED } from "./corpus.ts";
import { launchBrowser, pageWeight, type SearchFetch, searchFetches } from "./lib/browser.ts";
import { ensureBenchDependencies } from "./lib/bench-deps.ts";
import { loadInstall } from "./lib/install.ts";
import { runLighthouse, type LighthouseResult } from "./lib/lighthouse.ts";
import { machineInfo } from "./lib/machine.ts";
import { measureMinifier } from "./lib/minify.ts";
import { growthSvg } from "./lib/plot.ts";
import { runMeasured, type RunResult } from "./lib/process.ts";
import { growthPanels, renderReport } from "./lib/report.ts";
import type { BenchResults, BuildSeries, SizeResult, StageShare } from "./lib/results.ts";
import { median } from "./lib/stats.ts";
import { HUGO, measureIncremental, type WatchResult } from "./lib/watch.ts";
import { inclusiveTimes, readProfiles, summariseProfiles, type ProfilePart } from "./profile.ts";
import { emptyTrash, hugoContentPath, moveAside, prepareBare, prepareHugo, prepareSite, WORK_DIR } from "./workcopy.ts";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";
const LIGHTHOUSE_PAGES = ["/", KEZ, "/suche/", "/bildnachweis/"];
const PORT_SITE = 4306;
const PORT_CORPUS = 4307;
/**
 * What a visitor might search on the corpus, fixed before measuring: a first query opened from
 * the header form and a next one typed into the search field. Each first query needs its own
 * index chunk (chunks vary from 20 to over 50 kB), so one word alone would say little.
 */
const SEARCH_QUERIES: readonly (readonly [string, string])[] = [
  ["Wasserversorgung", "Partnerschaft"],
  ["Berufsbildung", "Krankenhaus"],
  ["Kinderrechte", "Bürgerbeteiligung"],
  ["Solarenergie", "Burundi"],
  ["Menschenrechte", "Schule"],
];

/** Parts of the build the profile summary names, by a frame on the stack. */
const PROFILE_PARTS: ProfilePart[] = [
  { label: "source validation (`validateSources`, both calls)", test: (f) => f.functionName === "validateSources" },
  { label: "YAML parsing (`yaml` package)", test: (f) => f.url.includes("/node_modules/yaml/") },
  { label: "Markdown rendering (Eleventy's Markdown engine, markdown-it and our rules)", test: (f) => f.url.endsWith("/Engines/Markdown.js") },
  { label: "layouts (TSX via Preact to HTML)", test: (f) => f.functionName === "renderTemplateResult" },
  { label: "Eleventy data cascade per page (`Template#getData`)", test: (f) => f.functionName === "#getData" && f.url.endsWith("/src/Template.js") },
  { label: "writing output (Eleventy `_write`: folders and files)", test: (f) => f.functionName === "_write" && f.url.endsWith("/src/Template.js") },
  {
    label: "loading and compiling modules (tsx, V8 compile)",
    test: (f) => f.url.includes("/node_modules/tsx/") || ["compileSourceTextModule", "wrapSafe", "compileFunction"].includes(f.functionName),
  },
  { label: "garbage collection", test: (f) => f.functionName === "(garbage collector)" },
];

const root = process.cwd();
const { values } = parseArgs({
  options: {
    pages: { type: "string", default: "250,1000,4000" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    out: { type: "string", default: "BENCHMARKS.md" },
    json: { type: "string", default: "bench/results.json" },
    skip: { type: "string", default: "" },
    rerender: { type: "boolean", default: false },
  },
});
const sizes = values.pages
  .split(",")
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const runs = Math.max(1, Number(values.runs));
const seed = Number(values.seed);
const skip = new Set(values.skip.split(",").filter(Boolean));
const notes: string[] = [];
const log = (message: string) => console.log(`[bench] ${message}`);

/** Installs a Debian package if its binary is missing and we may (root with apt-get); says what happened. */
function ensureDebianPackage(binary: string, pkg: string): boolean {
  if (existsSync(binary)) return true;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    notes.push(`${binary} is missing and cannot be installed without root and apt-get (Debian package ${pkg}).`);
    return false;
  }
  log(`installing Debian package ${pkg} ...`);
  try {
    execFileSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit" });
  } catch {
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
      execFileSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit" });
    } catch {
      notes.push(`Debian package ${pkg} could not be installed.`);
    }
  }
  return existsSync(binary);
}

/** Median bytes of the first and next queries, into the size's search figures. */
function addQueryBytes(size: SizeResult, searches: SearchFetch[]): void {
  if (!size.search || searches.length === 0) return;
  size.search.firstQueryBytes = median(searches.map((s) => s.firstQuery.bytes));
  const next = searches.flatMap((s) => (s.secondQuery ? [s.secondQuery.bytes] : []));
  if (next.length > 0) size.search.nextQueryBytes = median(next);
}

/** Counts `.html` files below a folder. */
function htmlFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith(".html")) count++;
  return count;
}

/** Sums file sizes below a folder, in total and per first path part (or extension at the top). */
function folderSize(dir: string): { bytes: number; files: number; byPart: Record<string, { files: number; bytes: number }> } {
  const byPart: Record<string, { files: number; bytes: number }> = {};
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const size = statSync(full).size;
    const relative = path.relative(dir, full);
    const part = relative.includes(path.sep) ? `${relative.split(path.sep)[0]}/` : path.extname(relative) || relative;
    byPart[part] ??= { files: 0, bytes: 0 };
    byPart[part].files++;
    byPart[part].bytes += size;
    bytes += size;
    files++;
  }
  return { bytes, files, byPart };
}

/** Sizes of the files in a folder, smallest first. */
function fileSizes(dir: string): number[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => statSync(path.join(dir, entry.name)).size)
    .sort((a, b) => a - b);
}

/** Fails the benchmark with the build's own output when a build does not succeed. */
function assertSucceeded(what: string, run: RunResult): void {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
}

/** One kind of build of a corpus: how to clean, run and where its output goes. */
interface BuildKind {
  name: "full" | "bare" | "hugo" | "pagefind";
  cwd: string;
  output: string;
  command: [string, string[]];
  env?: NodeJS.ProcessEnv;
}

function series(results: RunResult[], output: string): BuildSeries {
  return {
    wallMs: results.map((r) => r.wallMs),
    cpuMs: results.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs])),
    peakTreeRss: results.map((r) => r.peakTreeRss),
    maxProcessRss: results.map((r) => r.maxProcessRss),
    medianWallMs: median(results.map((r) => r.wallMs)),
    medianCpuMs: median(results.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]))),
    peakTreeRssMax: Math.max(...results.map((r) => r.peakTreeRss)),
    maxProcessRssMax: Math.max(...results.map((r) => r.maxProcessRss)),
    htmlFiles: htmlFiles(output),
  };
}

/** The Pagefind binary the npm package installed for this machine (as its own Node API finds it). */
function pagefindBinary(): string {
  const require = createRequire(import.meta.url);
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const exe = platform === "windows" ? ".exe" : "";
  return require.resolve(`@pagefind/${platform}-${os.arch()}/bin/pagefind_extended${exe}`);
}

/** Builds one corpus size: a warm-up of each kind, then `runs` rounds in rotating order. */
async function measureSize(pages: number, hugo: boolean): Promise<{ result: SizeResult; siteDir: string }> {
  log(`preparing the corpus of ${pages} pages ...`);
  const { dir: siteDir, corpus } = prepareSite(root, pages, seed);
  const bareDir = prepareBare(root, siteDir, pages);
  const kinds: BuildKind[] = [
    { name: "full", cwd: siteDir, output: path.join(siteDir, "_site"), command: ["npm", ["run", "build"]], env: { ...process.env, SEZ_BUILD_TIMINGS: "json" } },
    { name: "bare", cwd: bareDir, output: path.join(bareDir, "_site"), command: ["npm", ["run", "build"]] },
  ];
  if (hugo) {
    const hugoDir = prepareHugo(root, siteDir, pages);
    kinds.push({ name: "hugo", cwd: hugoDir, output: path.join(hugoDir, "public"), command: [HUGO, ["--quiet"]] });
  }
  // Pagefind's own CLI on a copy of bare Eleventy's output (made after bare's warm-up run).
  const pagefindInput = path.join(root, WORK_DIR, `pagefind-input-${pages}`);
  const pagefindKind: BuildKind = {
    name: "pagefind",
    cwd: path.join(root, WORK_DIR),
    output: path.join(root, WORK_DIR, `pagefind-output-${pages}`),
    command: [pagefindBinary(), ["--site", pagefindInput, "--output-path", path.join(root, WORK_DIR, `pagefind-output-${pages}`), "--silent"]],
  };
  const clean = (kind: BuildKind) => {
    // The page cache goes too: every production run minifies every page, as a first build does.
    const caches = kind.name === "full" ? [path.join(kind.cwd, ".cache", "pages")] : [];
    for (const dir of [kind.output, path.join(kind.cwd, ".site-next"), path.join(kind.cwd, ".site-previous"), ...caches]) moveAside(root, dir);
  };
  const run = async (kind: BuildKind) => {
    clean(kind);
    const result = await runMeasured(kind.command[0], kind.command[1], { cwd: kind.cwd, env: kind.env ?? process.env });
    assertSucceeded(`${kind.name} build (${pages} pages)`, result);
    return result;
  };
  for (const kind of kinds) {
    log(`${pages} pages: warm-up ${kind.name}`);
    await run(kind);
  }
  rmSync(pagefindInput, { recursive: true, force: true });
  cpSync(path.join(bareDir, "_site"), pagefindInput, { recursive: true });
  kinds.push(pagefindKind);
  log(`${pages} pages: warm-up pagefind`);
  await run(pagefindKind);
  const kindOf = (name: string) => kinds.find((k) => k.name === name)!;
  const results = new Map<string, RunResult[]>(kinds.map((k) => [k.name, []]));
  for (let round = 0; round < runs; round++) {
    const order = kinds.map((_, i) => kinds[(i + round) % kinds.length]!);
    for (const kind of order) {
      const result = await run(kind);
      results.get(kind.name)!.push(result);
      log(`${pages} pages, round ${round + 1}/${runs}: ${kind.name} ${(result.wallMs / 1000).toFixed(2)} s (CPU ${((result.cpuMs ?? Number.NaN) / 1000).toFixed(2)} s)`);
    }
  }
  // The warm CI build: the caches of the previous production build stay (CI restores
  // .cache/), the output goes, one page changes, as after one commit.
  const warm: RunResult[] = [];
  const fullKind = kindOf("full");
  const editable = corpus.files.filter((f) => f.path.startsWith("themen/"));
  for (let round = 0; round < runs; round++) {
    for (const dir of [fullKind.output, path.join(siteDir, ".site-next"), path.join(siteDir, ".site-previous")]) moveAside(root, dir);
    const file = path.join(siteDir, "src", editable[Math.floor(((round + 0.5) * editable.length) / runs)]!.path);
    writeFileSync(file, `${readFileSync(file, "utf8")}\nNachtrag ${round + 1}: Die Partner haben sich erneut getroffen.\n`);
    const result = await runMeasured(fullKind.command[0], fullKind.command[1], { cwd: siteDir, env: fullKind.env ?? process.env });
    assertSucceeded(`warm build (${pages} pages)`, result);
    warm.push(result);
    log(`${pages} pages, warm build ${round + 1}/${runs}: ${(result.wallMs / 1000).toFixed(2)} s`);
  }
  const full = results.get("full")!;
  const timings = full.map((r) => parseTimings(r.stdout)).filter((t): t is BuildTimings => t !== undefined);
  const bundle = path.join(fullKind.output, "pagefind");
  const chunks = existsSync(path.join(bundle, "index")) ? fileSizes(path.join(bundle, "index")) : [];
  const bundleSize = existsSync(bundle) ? folderSize(bundle) : { bytes: 0, files: 0 };
  const words = corpus.files.map((f) => countWords(f.text.replace(/^---[\s\S]*?\n---\n/, "")));
  return {
    siteDir,
    result: {
      pages,
      wordsPerPage: Math.round(words.reduce((a, b) => a + b, 0) / Math.max(1, words.length)),
      full: { ...series(full, kindOf("full").output), timings },
      bare: series(results.get("bare")!, kindOf("bare").output),
      hugo: hugo ? series(results.get("hugo")!, kindOf("hugo").output) : undefined,
      pagefind: series(results.get("pagefind")!, kindOf("pagefind").output),
      warm: series(warm, fullKind.output),
      search: { indexBytes: bundleSize.bytes, indexFiles: bundleSize.files, medianChunkBytes: median(chunks) },
    },
  };
}

/**
 * Median duration of each stage over the rounds, plus what lies outside the stages: process
 * start-up before the first stage, unwrapped work inside the build, and npm/tsx around it.
 */
function stageShares(size: SizeResult): StageShare[] | undefined {
  const timings = size.full.timings;
  if (timings.length === 0) return undefined;
  const wall = size.full.medianWallMs;
  const names = [...new Set(timings.flatMap((t) => t.stages.map((s) => s.stage)))];
  const firstStart = (t: BuildTimings) => Math.min(...t.stages.map((s) => s.startMs));
  const rows: StageShare[] = [];
  rows.push({ stage: "start-up (loading the build's modules)", medianMs: median(timings.map(firstStart)), share: 0 });
  for (const name of names) rows.push({ stage: name, medianMs: median(timings.map((t) => t.stages.filter((s) => s.stage === name).reduce((a, s) => a + s.ms, 0))), share: 0 });
  // Stages may overlap (validation runs while Eleventy renders): count covered time once.
  const covered = (t: BuildTimings) => {
    const spans = t.stages.map((s) => [s.startMs, s.startMs + s.ms] as const).sort((a, b) => a[0] - b[0]);
    let total = 0;
    let end = -Infinity;
    for (const [from, to] of spans) {
      if (to <= end) continue;
      total += to - Math.max(from, end);
      end = to;
    }
    return total;
  };
  const inside = median(timings.map((t) => t.totalMs - firstStart(t) - covered(t)));
  rows.push({ stage: "not in a timed stage (e.g. swapping _site)", medianMs: inside, share: 0 });
  rows.push({ stage: "npm and process start around the build", medianMs: wall - median(timings.map((t) => t.totalMs)), share: 0 });
  return rows.map((r) => ({ ...r, share: r.medianMs / wall }));
}

/** Markdown file and URL of a few corpus pages, spread over the corpus. */
async function watchPages(siteDir: string, count: number): Promise<{ file: string; output: string }[]> {
  const pages = (await validateSources(siteDir)).pages.filter((p) => p.topic && /^src\/themen\/[^/]+\.md$/.test(p.file));
  const corpusPages = pages.slice(Math.floor(pages.length / 10));
  return Array.from({ length: count }, (_, i) => corpusPages[Math.floor((i * corpusPages.length) / count)]!).map((p) => ({
    file: p.file,
    output: `${p.url.replace(/^\//, "")}index.html`,
  }));
}

/**
 * Lighthouse, tried up to three times: its trace recording fails now and then on a busy
 * machine ("NO_NAVSTART"), which says nothing about the page. A page that fails every time
 * is reported as not measured, with the reason, instead of ending the whole benchmark.
 */
async function lighthouseWithRetries(url: string, chromium: string, page: string): Promise<LighthouseResult | { skipped: string }> {
  const errors: string[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const result = await runLighthouse(url, chromium);
      if (errors.length > 0) notes.push(`Lighthouse on ${page} failed ${errors.length} time(s) before it ran (${errors[0]}).`);
      return result;
    } catch (error) {
      errors.push(
        (error instanceof Error ? error.message : String(error))
          .split("\n")
          .find((line) => /error|NO_/i.test(line))
          ?.trim() ?? String(error),
      );
      log(`Lighthouse ${page}: attempt ${attempt} failed`);
    }
  }
  return { skipped: `Lighthouse failed 3 times: ${errors[0]}` };
}

async function statusOf(url: string): Promise<number> {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const started = new Date();
  emptyTrash(root);
  const hugoOk = !skip.has("hugo") && ensureDebianPackage(HUGO, "hugo");
  if (skip.has("hugo")) notes.push("Hugo skipped (--skip hugo).");
  if (!ensureDebianPackage("/usr/bin/time", "time")) notes.push("Without GNU time there is no CPU time; peak memory then comes from /proc only.");
  const chromium = findChromium();
  if (!skip.has("lighthouse")) {
    const note = ensureBenchDependencies(root, log);
    if (note) notes.push(note);
  }
  const machine = machineInfo(root, { hugo: hugoOk ? HUGO : undefined, chromium });

  log("building the real project (npm run build) ...");
  assertSucceeded("npm run build of the project", await runMeasured("npm", ["run", "build"], { cwd: root }));

  const sizeResults: SizeResult[] = [];
  const siteDirs: string[] = [];
  for (const pages of sizes) {
    const { result, siteDir } = await measureSize(pages, hugoOk);
    sizeResults.push(result);
    siteDirs.push(siteDir);
  }
  const largestSite = siteDirs.at(-1)!;
  const largest = sizeResults.at(-1)!;

  let incremental: BenchResults["incremental"] = { skipped: "--skip watch" };
  if (!skip.has("watch")) {
    log(`watch mode: ${largest.pages} pages, 7 edits ...`);
    const pages = await watchPages(largestSite, 7);
    const site = await measureIncremental(largestSite, { pages });
    log(`watch mode, bare Eleventy: ${largest.pages} pages, 7 edits ...`);
    const bare = await measureIncremental(path.join(root, WORK_DIR, `bare-${largest.pages}`), {
      pages: pages.map((p) => ({ file: p.file, output: `${p.file.replace(/^src\//, "").replace(/\.md$/, "")}/index.html` })),
      config: "eleventy.config.js",
      loader: false,
    });
    let hugo: WatchResult | undefined;
    if (hugoOk) {
      log(`watch mode, Hugo: ${largest.pages} pages, 7 edits ...`);
      hugo = await measureIncremental(path.join(root, WORK_DIR, `hugo-${largest.pages}`), {
        pages: pages.map((p) => ({ file: `content/${hugoContentPath(p.file.replace(/^src\//, ""))}`, output: `${p.file.replace(/^src\//, "").replace(/\.md$/, "")}/index.html` })),
        tool: "hugo",
      });
    }
    incremental = { pages: largest.pages, ...site, bare, hugo };
  }

  let kez: BenchResults["kez"] = { skipped: "--skip browser" };
  let pagefind: BenchResults["pagefind"] = { skipped: "--skip browser" };
  const lighthouse: BenchResults["lighthouse"] = [];
  const servers: Server[] = [];
  try {
    servers.push(await serveSite(path.join(root, "_site"), PORT_SITE));
    servers.push(await serveSite(path.join(largestSite, "_site"), PORT_CORPUS));
    if (!skip.has("browser") && !chromium) {
      kez = { skipped: "no Chromium found (set CHROMIUM_PATH)" };
      pagefind = { skipped: "no Chromium found (set CHROMIUM_PATH)" };
    } else if (!skip.has("browser")) {
      log("page weight and search in the browser ...");
      const browser = await launchBrowser();
      try {
        kez = await pageWeight(browser, `http://127.0.0.1:${PORT_SITE}${KEZ}`);
        const index = path.join(largestSite, "_site", "pagefind");
        if (!existsSync(index)) {
          pagefind = { skipped: "no index (the build writes no _site/pagefind/)" };
        } else {
          const size = folderSize(index);
          const searchStatus = await statusOf(`http://127.0.0.1:${PORT_CORPUS}/suche/`);
          pagefind = {
            pages: largest.pages,
            indexBytes: size.bytes,
            indexFiles: size.files,
            byPart: size.byPart,
            indexChunks: fileSizes(path.join(index, "index")),
            searches: searchStatus === 200 ? await searchFetches(browser, `http://127.0.0.1:${PORT_CORPUS}`, SEARCH_QUERIES) : { skipped: `/suche/ answers ${searchStatus}` },
          };
          if (Array.isArray(pagefind.searches)) addQueryBytes(sizeResults.at(-1)!, pagefind.searches);
        }
        // The smaller corpora: the same queries, for the growth table.
        for (const [i, siteDir] of siteDirs.slice(0, -1).entries()) {
          const port = PORT_CORPUS + 1 + i;
          const server = await serveSite(path.join(siteDir, "_site"), port);
          try {
            log(`search on ${sizeResults[i]!.pages} pages ...`);
            addQueryBytes(sizeResults[i]!, await searchFetches(browser, `http://127.0.0.1:${port}`, SEARCH_QUERIES));
          } finally {
            server.close();
          }
        }
      } finally {
        await browser.close();
      }
    }
    if (!skip.has("lighthouse") && chromium) {
      for (const page of LIGHTHOUSE_PAGES) {
        const url = `http://127.0.0.1:${PORT_SITE}${page}`;
        const status = await statusOf(url);
        if (status !== 200) {
          lighthouse.push({ url: page, skipped: `not measured: ${page} answers ${status}` });
          continue;
        }
        log(`Lighthouse ${page} ...`);
        lighthouse.push({ ...(await lighthouseWithRetries(url, chromium, page)), url: page });
      }
    } else if (!chromium) notes.push("No Chromium found: Lighthouse not measured.");
  } finally {
    for (const server of servers) server.close();
  }

  let profile: BenchResults["profile"] = { skipped: "--skip profile" };
  if (!skip.has("profile")) {
    log(`CPU profile of the production build (${largest.pages} pages) ...`);
    const profileDir = path.join(root, WORK_DIR, "profile");
    rmSync(profileDir, { recursive: true, force: true });
    moveAside(root, path.join(largestSite, "_site"));
    moveAside(root, path.join(largestSite, ".cache", "pages"));
    const hook = path.join(root, "bench/cpu-profile-hook.mjs");
    const env = { ...process.env, SEZ_PROFILE_DIR: profileDir, NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${hook}`].filter(Boolean).join(" ") };
    assertSucceeded("profiled build", await runMeasured("npm", ["run", "build"], { cwd: largestSite, env }));
    const profiles = readProfiles(profileDir);
    const summary = summariseProfiles(
      profiles.map((p) => p.profile),
      largestSite,
    );
    profile = {
      pages: largest.pages,
      totalCpuMs: summary.totalMs,
      processes: profiles
        .map((p) => ({
          argv: `${[path.basename(p.argv[1] ?? ""), ...p.argv.slice(2)].join(" ")}${p.threadId ? ` (worker thread ${p.threadId})` : ""}`,
          cpuMs: summariseProfiles([p.profile], largestSite).totalMs,
        }))
        .sort((a, b) => b.cpuMs - a.cpuMs),
      parts: inclusiveTimes(
        profiles.map((p) => p.profile),
        PROFILE_PARTS,
      ),
      byGroup: summary.byGroup.slice(0, 25),
      byFunction: summary.byFunction.slice(0, 40),
    };
  }

  let minifier: BenchResults["minifier"] = { skipped: "--skip minifier" };
  if (!skip.has("minifier")) {
    log("HTML minification on a sample of the largest corpus ...");
    minifier = { ...(await measureMinifier(path.join(largestSite, "_site"))), sitePages: largest.full.htmlFiles };
  }

  machine.load.end = os.loadavg()[0] ?? 0;
  const results: BenchResults = {
    date: started.toISOString(),
    command: `npm run bench -- --pages ${sizes.join(",")} --runs ${runs}${skip.size ? ` --skip ${[...skip].join(",")}` : ""}`,
    machine,
    seed,
    runs,
    notes,
    sizes: sizeResults,
    stages: stageShares(largest),
    incremental,
    kez,
    pagefind,
    lighthouse,
    profile,
    minifier,
  };
  const jsonFile = path.resolve(root, values.json);
  const outFile = path.resolve(root, values.out);
  mkdirSync(path.dirname(jsonFile), { recursive: true });
  mkdirSync(path.dirname(outFile), { recursive: true });
  const plotFile = path.join(path.dirname(jsonFile), "growth.svg");
  writeFileSync(plotFile, growthSvg(growthPanels(results)));
  results.plot = path.relative(path.dirname(outFile), plotFile).split(path.sep).join("/");
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(outFile, renderReport(results, loadInstall(root)));
  log("deleting old outputs ...");
  emptyTrash(root);
  log(`done: ${path.relative(root, outFile)} and ${path.relative(root, jsonFile)}`);
}

if (values.rerender) {
  const results = JSON.parse(readFileSync(path.resolve(root, values.json), "utf8")) as BenchResults;
  const plotFile = path.join(path.dirname(path.resolve(root, values.json)), "growth.svg");
  writeFileSync(plotFile, growthSvg(growthPanels(results)));
  results.plot = path
    .relative(path.dirname(path.resolve(root, values.out)), plotFile)
    .split(path.sep)
    .join("/");
  writeFileSync(path.resolve(root, values.out), renderReport(results, loadInstall(root)));
  log(`rewrote ${values.out} from ${values.json}`);
} else await main();
