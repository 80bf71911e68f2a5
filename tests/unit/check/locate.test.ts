import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { createLocator, findLine } from "../../../lib/check/locate.ts";

test("findLine returns the first line containing the text", () => {
  assert.equal(findLine("a\n[Kontakt](/kontak/)\n/kontak/", "/kontak/"), 2);
  assert.equal(findLine("a", "b"), undefined);
});

test("the locator looks in the page, then in the data files", () => {
  const root = mkdtempSync(path.join(tmpdir(), "sez-locate-"));
  try {
    mkdirSync(path.join(root, "src"));
    mkdirSync(path.join(root, "_data"));
    writeFileSync(path.join(root, "src/a.md"), "---\ntitle: A\n---\n[x](/x/)\n");
    writeFileSync(path.join(root, "_data/site.yaml"), "nav:\n  - url: /nav-ziel/\n");
    const locate = createLocator(root);
    assert.deepEqual(locate("/x/", "src/a.md", "a/index.html"), { file: "src/a.md", line: 4 });
    assert.deepEqual(locate("/nav-ziel/", "src/a.md", "a/index.html"), { file: "_data/site.yaml", line: 2 });
    assert.deepEqual(locate("/aus-layout/", "src/a.md", "a/index.html"), { file: "src/a.md" });
    assert.deepEqual(locate("/y/", undefined, "x.html"), { file: "_site/x.html" });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
