import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { dataModuleVersion } from "../../../lib/plugins/typescript.ts";

const dir = mkdtempSync(path.join(tmpdir(), "sez-ts-data-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("dataModuleVersion", () => {
  it("changes for a global data file when a file beside it changes", () => {
    mkdirSync(path.join(dir, "_data"));
    writeFileSync(path.join(dir, "_data/topics.ts"), "export default 1;");
    writeFileSync(path.join(dir, "_data/topics.yaml"), "- a");
    const before = dataModuleVersion(path.join(dir, "_data/topics.ts"));
    assert.equal(dataModuleVersion(path.join(dir, "_data/topics.ts")), before);
    utimesSync(path.join(dir, "_data/topics.yaml"), new Date(), new Date(Date.now() + 5000));
    assert.notEqual(dataModuleVersion(path.join(dir, "_data/topics.ts")), before);
  });
  it("depends only on the file itself for directory data", () => {
    mkdirSync(path.join(dir, "themen"));
    writeFileSync(path.join(dir, "themen/themen.11tydata.ts"), "export default {};");
    writeFileSync(path.join(dir, "themen/a.md"), "---\n---\n");
    const before = dataModuleVersion(path.join(dir, "themen/themen.11tydata.ts"));
    utimesSync(path.join(dir, "themen/a.md"), new Date(), new Date(Date.now() + 5000));
    assert.equal(dataModuleVersion(path.join(dir, "themen/themen.11tydata.ts")), before);
  });
});
