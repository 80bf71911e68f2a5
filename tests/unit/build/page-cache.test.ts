import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { cacheSalt, openPageCache, pageKey, prunePageCache } from "../../../lib/build/page-cache.ts";
import { processPageFile } from "../../../lib/build/page-pass.ts";

const html = '<!doctype html>\n<html lang="de"><head><title>A</title></head><body>\n  <p> Text </p>\n</body></html>';

test("an unchanged page comes from the cache: same output and report", async () => {
  const root = mkdtempSync(path.join(tmpdir(), "sez-cache-"));
  try {
    const outDir = path.join(root, "out");
    mkdirSync(path.join(outDir, "b"), { recursive: true });
    writeFileSync(path.join(outDir, "a.html"), html);
    writeFileSync(path.join(outDir, "b/index.html"), html);
    const cacheDir = openPageCache(root, "salt");
    const first = await processPageFile({ outDir, file: "a.html", cacheDir });
    assert.equal(readdirSync(cacheDir).length, 1, "the first page is stored");
    const second = await processPageFile({ outDir, file: "b/index.html", cacheDir });
    assert.equal(readdirSync(cacheDir).length, 1, "the second comes from the store");
    assert.equal(first.key, pageKey(html));
    assert.equal(second.report.file, "b/index.html");
    // JSON drops undefined fields; the checks read a missing field and an undefined one alike.
    assert.deepEqual({ ...second.report, file: "a.html" }, JSON.parse(JSON.stringify(first.report)));
    assert.equal(readFileSync(path.join(outDir, "b/index.html"), "utf8"), readFileSync(path.join(outDir, "a.html"), "utf8"));
    assert.equal(prunePageCache(cacheDir, new Set()), 1);
    assert.deepEqual(readdirSync(cacheDir), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the cache folder changes with the code of the pass and drops old folders", () => {
  const root = mkdtempSync(path.join(tmpdir(), "sez-salt-"));
  try {
    for (const file of ["lib/build/page-pass.ts", "lib/build/hyphenate.ts", "lib/render/html-pass.ts", "lib/search/html.ts", "lib/check/html.ts"]) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      cpSync(path.join(process.cwd(), file), path.join(root, file));
    }
    const before = cacheSalt(root);
    const old = openPageCache(root, before);
    writeFileSync(path.join(root, "lib/check/html.ts"), "// changed");
    const after = cacheSalt(root);
    assert.notEqual(after, before);
    openPageCache(root, after);
    assert.ok(!existsSync(old));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
