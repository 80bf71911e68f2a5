import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { acquireBuildLock, LOCK_FILE } from "../../../lib/build/lock.ts";
import { ProblemsError } from "../../../lib/shared/problems.ts";

let root = "";
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "sez-lock-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("acquireBuildLock", () => {
  it("takes the lock with this process id and gives it back", () => {
    const lock = acquireBuildLock(root);
    assert.match(readFileSync(path.join(root, LOCK_FILE), "utf8"), new RegExp(`^${process.pid}\n`));
    lock.release();
    assert.equal(existsSync(path.join(root, LOCK_FILE)), false);
  });
  it("refuses while a living process holds it, in German, naming the process", () => {
    // Process 1 always runs.
    writeFileSync(path.join(root, LOCK_FILE), "1\n2026-12-03T07:00:00.000Z\n");
    assert.throws(
      () => acquireBuildLock(root),
      (error: unknown) => error instanceof ProblemsError && /ein anderer Build läuft \(Prozess 1, seit 2026-12-03T07:00:00.000Z\)/.test(error.message),
    );
    assert.equal(readFileSync(path.join(root, LOCK_FILE), "utf8").split("\n")[0], "1", "the other build's lock stays");
  });
  it("takes over a stale lock of a process that is gone, and says so", () => {
    writeFileSync(path.join(root, LOCK_FILE), "2147483646\n");
    const lock = acquireBuildLock(root);
    assert.match(lock.note ?? "", /alte Build-Sperre \(Prozess 2147483646, beendet\)/);
    lock.release();
  });
  it("takes over a lock file that holds no process id", () => {
    writeFileSync(path.join(root, LOCK_FILE), "kaputt");
    acquireBuildLock(root).release();
  });
  it("does not remove a lock another build took after this one", () => {
    const lock = acquireBuildLock(root);
    writeFileSync(path.join(root, LOCK_FILE), "1\n");
    lock.release();
    assert.equal(existsSync(path.join(root, LOCK_FILE)), true);
  });
});
