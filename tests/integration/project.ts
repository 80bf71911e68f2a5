/**
 * Temporary copies of the project for integration tests: the real sources and build code,
 * `node_modules` as a link, `.cache` copied (so photos are not encoded again), fixtures laid
 * over them, and the real commands run inside.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync } from "node:fs";
import path from "node:path";

/** The project under test. */
export const ROOT = process.cwd();

/** Top-level entries a copy leaves out: outputs, history, tests and tools not needed to build. */
const LEFT_OUT = new Set([
  "node_modules",
  ".git",
  "_site",
  ".site-next",
  ".site-previous",
  ".site-dev",
  "tests",
  "docs",
  "bench",
  "test-results",
  "playwright-report",
  ".scratch",
  ".ci",
  ".build.lock",
  ".site-swap",
]);

/**
 * Copies the project into `target` (which must not exist yet) and links `node_modules`.
 *
 * @example
 * copyProject(path.join(tmp, "base"));
 */
export function copyProject(target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (LEFT_OUT.has(entry)) continue;
    cpSync(path.join(ROOT, entry), path.join(target, entry), { recursive: true, verbatimSymlinks: true });
  }
  symlinkSync(realpathSync(path.join(ROOT, "node_modules")), path.join(target, "node_modules"), "dir");
}

/**
 * Copies a prepared project (with its `_site/` and `.cache/`) to `target`.
 *
 * @example
 * cloneProject(base, path.join(tmp, "case-1"));
 */
export function cloneProject(source: string, target: string): void {
  cpSync(source, target, { recursive: true, verbatimSymlinks: true });
}

/**
 * Lays a fixture folder over a project: each file replaces (or adds) the file at the same
 * path; a file ending in `.append` is appended to the file without that ending, so fixtures
 * for data files hold only the new entry.
 *
 * @example
 * applyFixture("tests/fixtures/telefon-falsch", project); // appends to _data/contacts.yaml
 */
export function applyFixture(fixture: string, project: string, relative = ""): void {
  for (const entry of readdirSync(path.join(fixture, relative), { withFileTypes: true })) {
    const from = path.join(relative, entry.name);
    if (entry.isDirectory()) {
      applyFixture(fixture, project, from);
    } else if (entry.name.endsWith(".append")) {
      const target = path.join(project, from.replace(/\.append$/, ""));
      const existing = readFileSync(target, "utf8");
      appendFileSync(target, `${existing.endsWith("\n") ? "" : "\n"}${readFileSync(path.join(fixture, from), "utf8")}`);
    } else {
      mkdirSync(path.dirname(path.join(project, from)), { recursive: true });
      cpSync(path.join(fixture, from), path.join(project, from));
    }
  }
}

/**
 * A fingerprint of a folder: every path and every byte. Equal fingerprints mean the folder
 * is byte for byte the same.
 *
 * @example
 * hashTree("_site") // => "3f1c..."
 */
export function hashTree(dir: string): string {
  const hash = createHash("sha256");
  const walk = (relative: string): void => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) {
        hash.update(`d ${child}\n`);
        walk(child);
      } else {
        hash.update(`f ${child}\n`);
        hash.update(readFileSync(path.join(dir, child)));
      }
    }
  };
  if (existsSync(dir)) walk("");
  return hash.digest("hex");
}

/**
 * The command `npm run build` runs in `project`: package.json's "build" script, with the node
 * npm would find first on its PATH (`node_modules/.bin/node`). Running it without npm saves
 * npm's own start, about half a second a build, for tests that build many times.
 *
 * @example
 * const [command, args] = buildCommand(project); // => [".../node_modules/.bin/node", ["--max-semi-space-size=32", "--import", "tsx/esm", "scripts/build.ts"]]
 */
export function buildCommand(project: string): [string, string[]] {
  const script: unknown = JSON.parse(readFileSync(path.join(project, "package.json"), "utf8")).scripts?.build;
  const [command, ...args] = typeof script === "string" ? script.trim().split(/\s+/) : [];
  if (command !== "node" || args.some((arg) => /["'$&|;<>]/.test(arg))) throw new Error(`package.json: "build" ist kein einfacher node-Aufruf: ${String(script)}`);
  return [path.join(project, "node_modules/.bin/node"), args];
}

/** What a command printed and how it ended. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command in `cwd` and collects its output (asynchronously, so cases can overlap).
 *
 * @example
 * const { code, stderr } = await run("npm", ["run", "build"], project);
 */
export function run(command: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.ELEVENTY_RUN_MODE;
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
