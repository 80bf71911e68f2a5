/**
 * The production build (`npm run build`): validate, render into a temporary folder, check,
 * and only then swap the result into `_site/`. A failed build leaves `_site/` as it was.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { reportTimings, timed } from "../lib/build-timings.ts";
import { formatProblems, ProblemsError } from "../lib/problems.ts";
import { validateSources } from "../lib/validate/index.ts";

const root = process.cwd();
const finalDir = path.join(root, "_site");
const nextDir = path.join(root, ".site-next");
const previousDir = path.join(root, ".site-previous");

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

const report = await timed("validation", () => validateSources(root));
if (report.problems.length > 0) fail(formatProblems(report.problems));

rmSync(nextDir, { recursive: true, force: true });
const started = performance.now();
try {
  const eleventy = new Eleventy("src", nextDir, { configPath: ".eleventy.ts", quietMode: true });
  await timed("eleventy", () => eleventy.write());
} catch (error) {
  const problems = findProblems(error);
  fail(problems ? problems.message : `Der Build ist abgebrochen:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

rmSync(previousDir, { recursive: true, force: true });
if (existsSync(finalDir)) renameSync(finalDir, previousDir);
renameSync(nextDir, finalDir);
rmSync(previousDir, { recursive: true, force: true });
reportTimings();
console.log(`Build fertig in ${((performance.now() - started) / 1000).toFixed(1)} s: _site/`);
