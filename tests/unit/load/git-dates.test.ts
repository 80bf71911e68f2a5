import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { gitDates, lastUpdated, parseGitLog, resetGitDates } from "../../../lib/load/git-dates.ts";

describe("parseGitLog", () => {
  it("keeps the newest commit date per file", () => {
    const log = "\0" + "c3 2026-05-02T10:00:00+02:00\n\nsrc/a.md\n" + "\0" + "c1 2026-01-01T10:00:00+01:00\n\nsrc/a.md\nsrc/b.md\n";
    const dates = parseGitLog(log);
    assert.equal(dates.get("src/a.md"), "2026-05-02T10:00:00+02:00");
    assert.equal(dates.get("src/b.md"), "2026-01-01T10:00:00+01:00");
  });
  it("gives no date for files whose newest commit is a shallow clone's cut-off", () => {
    const log = "\0" + "c3 2026-05-02T10:00:00+02:00\n\nsrc/a.md\n" + "\0" + "c2 2026-01-01T10:00:00+01:00\n\nsrc/a.md\nsrc/b.md\n";
    const dates = parseGitLog(log, new Set(["c2"]));
    assert.equal(dates.get("src/a.md"), "2026-05-02T10:00:00+02:00");
    assert.equal(dates.has("src/b.md"), false);
  });
  it("prefers the front matter date", () => assert.equal(lastUpdated("./src/kontakt.md", "2013-02-11", process.cwd()), "2013-02-11"));
});

describe("dates from a real repository", () => {
  let repo = "";
  const dirs: string[] = [];
  const git = (cwd: string, args: string[], date?: string): string =>
    execFileSync("git", ["-c", "user.name=Redaktion", "-c", "user.email=redaktion@example.org", "-c", "commit.gpgsign=false", ...args], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      stdio: ["ignore", "pipe", "ignore"],
    });
  const write = (dir: string, file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  before(() => {
    repo = mkdtempSync(path.join(tmpdir(), "sez-git-"));
    dirs.push(repo);
    git(repo, ["init", "-q"]);
    write(repo, "src/a.md", "a1");
    write(repo, "src/b.md", "b1");
    git(repo, ["add", "."]);
    git(repo, ["commit", "-q", "-m", "c1"], "2020-01-02T03:04:05+01:00");
    write(repo, "src/b.md", "b2");
    git(repo, ["commit", "-q", "-am", "c2"], "2021-06-07T08:09:10+02:00");
    write(repo, "src/a.md", "a2");
    git(repo, ["commit", "-q", "-am", "c3"], "2022-11-12T13:14:15+01:00");
    write(repo, "src/neu.md", "never committed");
  });
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("takes each file's last commit, not its modification time", () => {
    resetGitDates();
    utimesSync(path.join(repo, "src/b.md"), new Date(), new Date());
    assert.equal(lastUpdated("./src/a.md", undefined, repo), "2022-11-12T13:14:15+01:00");
    assert.equal(lastUpdated("./src/b.md", undefined, repo), "2021-06-07T08:09:10+02:00");
  });
  it("shows no date for a file that was never committed", () => {
    resetGitDates();
    assert.equal(lastUpdated("./src/neu.md", undefined, repo), undefined);
  });
  it("shows no date outside a repository", () => {
    const plain = mkdtempSync(path.join(tmpdir(), "sez-nogit-"));
    dirs.push(plain);
    write(plain, "src/a.md", "a");
    resetGitDates();
    assert.equal(gitDates(plain).size, 0);
  });
  it("in a shallow clone, keeps known dates and drops those beyond the cut-off", () => {
    const clone = mkdtempSync(path.join(tmpdir(), "sez-shallow-"));
    dirs.push(clone);
    git(tmpdir(), ["clone", "-q", "--depth", "2", `file://${repo}`, clone]);
    resetGitDates();
    assert.equal(lastUpdated("./src/a.md", undefined, clone), "2022-11-12T13:14:15+01:00");
    assert.equal(lastUpdated("./src/b.md", undefined, clone), undefined);
  });
});
