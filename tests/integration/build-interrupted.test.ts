/**
 * A build killed half way (a closed terminal, `kill -9`): its render child ends with it
 * instead of writing on, and the next build takes over the stale lock, clears what was left
 * and builds. Runs the real build on a copy of the project.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, describe, it } from "node:test";
import { copyProject, ROOT, run } from "./project.ts";

let tmp = "";
let project = "";

before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "sez-interrupted-"));
  project = path.join(tmp, "project");
  copyProject(project);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Ids of the running children of a process (from /proc). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat, after the command name in parentheses.
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8")
        .replace(/^.*\) /s, "")
        .split(" ");
      if (Number(fields[1]) === pid && fields[0] !== "Z") children.push(Number(entry));
    } catch {
      // The process ended while we read.
    }
  }
  return children;
}

const running = (pid: number): boolean => {
  try {
    return !/^\S+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

/** Polls `check` until it holds (bounded: a failure says what never happened). */
async function until(check: () => boolean, what: string, limitMs = 60_000): Promise<void> {
  for (const started = Date.now(); !check(); await sleep(50)) {
    if (Date.now() - started > limitMs) assert.fail(`${what} did not happen within ${limitMs / 1000} s`);
  }
}

describe("a build killed half way", { skip: process.platform !== "linux" && "reads /proc" }, () => {
  it("takes its render child with it, and the next build recovers and says so", { timeout: 240_000 }, async () => {
    const node = path.join(ROOT, "node_modules/.bin/node");
    const build = spawn(node, ["--max-semi-space-size=32", "--import", "tsx/esm", "scripts/build.ts"], { cwd: project, stdio: "ignore" });
    let child: number | undefined;
    await until(() => {
      child = childrenOf(build.pid!).find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("render-child"));
      return child !== undefined;
    }, "the render child starting");
    assert.ok(existsSync(path.join(project, ".build.lock")), "the build holds the lock");
    build.kill("SIGKILL");
    await until(() => !running(child!), "the render child ending after its parent was killed", 30_000);
    // Eleventy loads its configuration for seconds before it writes the first page; a child
    // that ended with its parent never got that far.
    assert.equal(existsSync(path.join(project, ".site-next/index.html")), false, "the orphaned child went on writing pages");

    const next = await run("npm", ["run", "--silent", "build"], project);
    assert.equal(next.code, 0, next.stderr);
    assert.match(next.stdout, /Eine alte Build-Sperre \(Prozess \d+, beendet\) wurde entfernt\./);
    assert.ok(existsSync(path.join(project, "_site/index.html")));
    assert.equal(existsSync(path.join(project, ".build.lock")), false);
    assert.equal(existsSync(path.join(project, ".site-next")), false);
  });
});
