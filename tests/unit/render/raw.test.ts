import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { jsonForScript } from "../../../lib/render/raw.tsx";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe("raw HTML", () => {
  it("enters pages only through lib/render/raw.tsx", () => {
    const offenders = ["lib", "_includes", "src"]
      .flatMap(sourceFiles)
      .filter((file) => file !== path.join("lib", "render", "raw.tsx") && readFileSync(file, "utf8").includes("dangerouslySetInnerHTML"));
    assert.deepEqual(offenders, []);
  });
  it("JSON-LD cannot close its script element", () => {
    assert.equal(jsonForScript({ name: "</script><script>alert(1)</script>" }), '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });
});
