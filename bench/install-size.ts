/**
 * `npm run bench:install`: measures what each install costs in a fresh clone of the committed
 * tree (production `npm ci --omit=dev`, the developers' `npm ci`, the benchmark's own packages),
 * proves that the production install builds the site without test or benchmark packages, writes
 * `bench/install.json` and renders BENCHMARKS.md again with it (bench/lib/install.ts).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { INSTALL_FILE, type InstallResults, type InstallVariant, parseDu } from "./lib/install.ts";
import { prettyName } from "./lib/machine.ts";
import { renderReport } from "./lib/report.ts";
import type { BenchResults } from "./lib/results.ts";

/** Packages the production install must not contain. */
const NOT_IN_PRODUCTION = ["@playwright/test", "playwright-core", "pdfjs-dist", "lighthouse", "html-validate", "typescript", "@biomejs/biome", "linkinator"];

const root = process.cwd();
// --baseline <commit>: also measure `npm ci` of an earlier commit, for comparison.
const { values } = parseArgs({ options: { baseline: { type: "string" } } });
const log = (message: string) => console.log(`[install] ${message}`);

/** Runs a command in a folder, inheriting output; returns its wall time or throws. */
function timed(command: string, args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} in ${cwd} exited with ${result.status}`);
  return performance.now() - start;
}

/** Measures one install: removes `node_modules/`, runs the command, sizes the result. */
function measure(label: string, cwd: string, args: string[]): InstallVariant {
  rmSync(path.join(cwd, "node_modules"), { recursive: true, force: true });
  log(`${label}: npm ${args.join(" ")} ...`);
  const ms = timed("npm", args, cwd);
  const modules = path.join(cwd, "node_modules");
  const lock = JSON.parse(readFileSync(path.join(modules, ".package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
  return {
    label,
    command: `npm ${args.filter((a) => !a.startsWith("--no-")).join(" ")}`,
    ms,
    bytes: parseDu(execFileSync("du", ["-sb", modules], { encoding: "utf8" })),
    packages: Object.keys(lock.packages).length,
  };
}

/** The largest packages of an install, by `du -sb`. */
function largest(modules: string, count: number): InstallResults["largest"] {
  const dirs = readdirSync(modules).flatMap((name) => (name.startsWith("@") ? readdirSync(path.join(modules, name)).map((sub) => `${name}/${sub}`) : name.startsWith(".") ? [] : [name]));
  return dirs
    .map((name) => ({ name, bytes: parseDu(execFileSync("du", ["-sb", path.join(modules, name)], { encoding: "utf8" })) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

/** Counts `.html` files below a folder. */
function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}

const dir = mkdtempSync(path.join(os.tmpdir(), "sez-install-"));
const clone = path.join(dir, "clone");
try {
  execFileSync("git", ["clone", "--quiet", root, clone], { stdio: "inherit" });
  // The image cache saves minutes of photo encoding; it does not change what is installed.
  if (existsSync(path.join(root, ".cache/img"))) cpSync(path.join(root, ".cache/img"), path.join(clone, ".cache/img"), { recursive: true });
  const quiet = ["--no-audit", "--no-fund"];
  let baseline: InstallVariant | undefined;
  if (values.baseline) {
    const old = path.join(dir, "baseline");
    execFileSync("git", ["clone", "--quiet", root, old], { stdio: "inherit" });
    execFileSync("git", ["checkout", "--quiet", values.baseline], { cwd: old, stdio: "inherit" });
    baseline = { ...measure(`before the split (${values.baseline.slice(0, 7)}: everything in devDependencies)`, old, ["ci", ...quiet]) };
    rmSync(old, { recursive: true, force: true });
  }
  const production = measure("production: what the deploy installs", clone, ["ci", "--omit=dev", ...quiet]);
  const biggest = largest(path.join(clone, "node_modules"), 6);
  const present = NOT_IN_PRODUCTION.filter((name) => existsSync(path.join(clone, "node_modules", name)));
  if (present.length > 0) throw new Error(`the production install contains ${present.join(", ")}`);
  log("npm run build in the production install ...");
  let build: InstallResults["build"];
  try {
    const ms = timed("npm", ["run", "build"], clone);
    build = { ok: true, ms, pages: htmlPages(path.join(clone, "_site")) };
  } catch (error) {
    log(String(error));
    build = { ok: false, ms: 0, pages: 0 };
  }
  const full = measure("development: build, tests, lint", clone, ["ci", ...quiet]);
  const bench = measure("benchmark only (bench/, installed by `npm run bench`)", path.join(clone, "bench"), ["ci", ...quiet]);
  const results: InstallResults = {
    date: new Date().toISOString(),
    command: `npm run bench:install${values.baseline ? ` -- --baseline ${values.baseline.slice(0, 7)}` : ""}`,
    machine: `${os.cpus()[0]?.model.trim() ?? "unknown CPU"}, ${os.availableParallelism()} cores, ${(existsSync("/etc/os-release") && prettyName(readFileSync("/etc/os-release", "utf8"))) || os.type()}`,
    npm: execFileSync("npm", ["--version"], { encoding: "utf8" }).trim(),
    variants: [...(baseline ? [baseline] : []), production, full, { ...bench, command: "npm ci (in bench/)" }],
    largest: biggest,
    absent: NOT_IN_PRODUCTION,
    build,
  };
  writeFileSync(path.join(root, INSTALL_FILE), `${JSON.stringify(results, null, 2)}\n`);
  const benchResults = path.join(root, "bench/results.json");
  if (existsSync(benchResults)) writeFileSync(path.join(root, "BENCHMARKS.md"), renderReport(JSON.parse(readFileSync(benchResults, "utf8")) as BenchResults, results));
  log(`done: ${INSTALL_FILE} and BENCHMARKS.md`);
  if (!build.ok) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
