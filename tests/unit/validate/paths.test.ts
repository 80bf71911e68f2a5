import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { isInside, sourceFileProblems } from "../../../lib/validate/paths.ts";

let root = "";
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "sez-paths-"));
  mkdirSync(path.join(root, "src/themen"), { recursive: true });
  mkdirSync(path.join(root, "_data"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string): void => writeFileSync(path.join(root, file), text);

describe("sourceFileProblems", () => {
  it("passes the repository as it is", () => {
    assert.deepEqual(sourceFileProblems(process.cwd()), []);
  });
  it("refuses a JSON data file next to a page that sets a permalink", () => {
    write("src/kontakt.11tydata.json", '{ "permalink": "../_data/topics.yaml" }');
    write("src/kontakt.json", '{ "layout": "page" }');
    const problems = sourceFileProblems(root);
    assert.deepEqual(
      problems.map((p) => `${p.file} ${p.field}`),
      ["src/kontakt.11tydata.json permalink"],
    );
  });
  it("refuses JavaScript data files anywhere Eleventy reads them, and JSON in _data/", () => {
    write("src/kontakt.11tydata.js", "export default {}");
    write("src/themen/themen.11tydata.mjs", "export default {}");
    write("src/kontakt.ts", "export default {}");
    write("_data/extra.json", "{}");
    write("_data/extra.cjs", "module.exports = {}");
    assert.equal(sourceFileProblems(root).length, 5);
  });
  it("names broken JSON", () => {
    write("src/src.11tydata.json", "{ layout: page }");
    assert.match(sourceFileProblems(root)[0]!.expected, /gültiges JSON/);
  });
  it("allows the developers' TypeScript templates and data code", () => {
    write("src/suche.11ty.tsx", "");
    write("src/themen/themen.11tydata.ts", "");
    write("_data/site.ts", "");
    assert.deepEqual(sourceFileProblems(root), []);
  });
});

describe("isInside", () => {
  it("is true only for paths below the output folder", () => {
    assert.equal(isInside("/p/.site-next", "/p/.site-next/a/index.html"), true);
    assert.equal(isInside("/p/.site-next", "/p/.site-next/../_data/topics.yaml"), false);
    assert.equal(isInside("/p/.site-next", "/tmp/x/index.html"), false);
    assert.equal(isInside("/p/.site-next", "/p/.site-next"), false);
    assert.equal(isInside("/p/.site-next", "/p/.site-next-evil/a.html"), false);
  });
});
