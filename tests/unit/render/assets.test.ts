import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { contentHash, hashedName, keepTranslations } from "../../../lib/render/assets.ts";

describe("hashed asset names", () => {
  it("hash the content", () => assert.equal(contentHash(Buffer.from("a")), "ca978112ca"));
  it("put the hash before the extension", () => assert.equal(hashedName("main.css", "ca978112ca"), "main.ca978112ca.css"));
});

describe("keepTranslations", () => {
  const bundle = readFileSync(
    createRequire(import.meta.url)
      .resolve("@pagefind/component-ui")
      .replace(/cjs\/[^/]+$/, "mjs/component-ui.mjs"),
    "utf8",
  );
  const trimmed = keepTranslations(bundle, ["de", "en"]);

  it("keeps only the wanted languages in the module list", () => {
    assert.match(trimmed, /^var modules = \[de_exports, en_exports\];$/m);
    assert.match(trimmed, /^var filenames = \["\.\.\/\.\.\/translations\/de\.json", "\.\.\/\.\.\/translations\/en\.json"\];$/m);
  });
  it("drops the other languages' texts", () => {
    assert.match(trimmed, /^\/\/ \.\.\/translations\/de\.json$/m);
    assert.doesNotMatch(trimmed, /^\/\/ \.\.\/translations\/fr\.json$/m);
    assert.ok(trimmed.length < bundle.length * 0.75, `${trimmed.length} of ${bundle.length}`);
  });
  it("refuses a bundle it does not recognise, instead of shipping it broken", () => {
    assert.throws(() => keepTranslations("export const x = 1;", ["de"]), /unbekanntes Format/);
  });
});
