/**
 * The benchmark's own packages (`bench/package.json`: Lighthouse and its chain, about 190 MB)
 * live in `bench/node_modules/`, so the project's `npm ci` does not carry them. The benchmark
 * installs them itself on first use, from `bench/package-lock.json`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

/** The benchmark's package folder below the project root. */
export const BENCH_PACKAGE_DIR = "bench";

/**
 * The path of a command the benchmark's packages bring.
 *
 * @example
 * benchBin("/work/sez", "lighthouse") // => "/work/sez/bench/node_modules/.bin/lighthouse"
 */
export function benchBin(root: string, name: string): string {
  return path.join(root, BENCH_PACKAGE_DIR, "node_modules", ".bin", name);
}

/**
 * Whether `bench/node_modules/` is missing or older than `bench/package-lock.json`.
 *
 * @example
 * needsInstall("/work/sez") // => true on a fresh clone
 */
export function needsInstall(root: string): boolean {
  const lock = path.join(root, BENCH_PACKAGE_DIR, "package-lock.json");
  const installed = path.join(root, BENCH_PACKAGE_DIR, "node_modules", ".package-lock.json");
  if (!existsSync(installed)) return true;
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs;
}

/**
 * Installs the benchmark's packages if needed (`npm ci` in `bench/`). Returns a note when
 * that failed, so the report says why Lighthouse is missing instead of failing the whole run.
 *
 * @example
 * const note = ensureBenchDependencies(process.cwd()); // undefined once installed
 */
export function ensureBenchDependencies(root: string, log: (line: string) => void = console.error): string | undefined {
  if (!needsInstall(root)) return undefined;
  log("installing the benchmark's own packages (npm ci in bench/, once) ...");
  try {
    execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: path.join(root, BENCH_PACKAGE_DIR), stdio: "inherit" });
    return undefined;
  } catch (error) {
    return `The benchmark's packages (bench/package.json) could not be installed: ${(error as Error).message.split("\n")[0]}`;
  }
}
