import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { ASSET_CACHE_DIR, assetUrl, buildAssets, sourceFingerprint } from "../../../lib/render/assets.ts";

const dir = mkdtempSync(path.join(tmpdir(), "sez-assets-"));
after(() => rmSync(dir, { recursive: true, force: true }));
cpSync("assets/css", path.join(dir, "assets/css"), { recursive: true });
cpSync("assets/js", path.join(dir, "assets/js"), { recursive: true });
// The search page's script imports shared code from lib/ and the Pagefind UI package.
cpSync("lib", path.join(dir, "lib"), { recursive: true });
symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");

describe("buildAssets", () => {
  it("builds hashed files, skips unchanged sources and rebuilds changed ones", async () => {
    await buildAssets(dir, { minify: true });
    const css = assetUrl("main.css");
    const file = path.join(dir, ASSET_CACHE_DIR, path.basename(css));
    const written = statSync(file).mtimeMs;
    await buildAssets(dir, { minify: true });
    assert.equal(statSync(file).mtimeMs, written);
    appendFileSync(path.join(dir, "assets/css/main.css"), "\n.bench-neu { color: red; }\n");
    await buildAssets(dir, { minify: true });
    assert.notEqual(assetUrl("main.css"), css);
  });
  it("fingerprints every source file", () => assert.match(sourceFingerprint(dir), /assets\/css\/main\.css:\d+:/));
});
