import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lastUpdated, parseGitLog } from "../../lib/git-dates.ts";

describe("git dates", () => {
  it("keeps the newest commit date per file", () => {
    const log = "\0" + "2026-05-02T10:00:00+02:00\n\nsrc/a.md\n" + "\0" + "2026-01-01T10:00:00+01:00\n\nsrc/a.md\nsrc/b.md\n";
    const dates = parseGitLog(log);
    assert.equal(dates.get("src/a.md"), "2026-05-02T10:00:00+02:00");
    assert.equal(dates.get("src/b.md"), "2026-01-01T10:00:00+01:00");
  });
  it("prefers the front matter date", () => assert.equal(lastUpdated("./src/kontakt.md", "2013-02-11", process.cwd()), "2013-02-11"));
});
