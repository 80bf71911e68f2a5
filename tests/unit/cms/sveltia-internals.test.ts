/**
 * Watches the details of @sveltia/cms that /admin/ relies on beyond its documented API, so an
 * update that changes one fails here with the detail named (the package is pinned exactly for
 * this, see tests/unit/maintenance/dependencies.test.ts): where its npm build and fonts live,
 * the font CDN addresses in its styles that `localFonts` points at our copies, and the
 * localStorage key of its preferences that `lib/cms/browser/admin.ts` sets the language in.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, it } from "node:test";
import { bundleKey, cmsSettings, localFonts } from "../../../lib/cms/admin.ts";
import { runModeFrom } from "../../../lib/load/run-mode.ts";

const entry = createRequire(import.meta.url).resolve("@sveltia/cms");
const npmDir = path.dirname(entry);
const assets = path.join(npmDir, "assets");
const bundle = readFileSync(entry, "utf8");

describe("@sveltia/cms internals", () => {
  it("keeps its npm build in npm/ with the fonts in npm/assets/ (lib/cms/admin.ts sveltiaAssets)", () => {
    assert.match(path.relative(path.join(npmDir, ".."), entry), /^npm[\\/]index\.js$/);
    assert.ok(existsSync(assets), `no folder ${assets}`);
    assert.ok(
      readdirSync(assets).some((file) => file.endsWith(".woff2")),
      "no .woff2 in npm/assets/",
    );
  });
  it("has its package.json above npm/, whose version bundleKey reads, and it is the pinned one", () => {
    const manifest = JSON.parse(readFileSync(path.join(npmDir, "..", "package.json"), "utf8")) as { version: string };
    const ours = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    assert.equal(manifest.version, ours.dependencies["@sveltia/cms"]);
    assert.match(bundleKey(cmsSettings(runModeFrom({}), "https://www.sez.de")), /^[0-9a-f]{16}$/);
  });
  it("names its fonts on jsDelivr's fontsource in a form localFonts rewrites, each with a copy in the package", () => {
    assert.match(bundle, /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\//, "no fontsource address left: localFonts may be unnecessary, check the styles");
    const rewritten = localFonts(bundle, readdirSync(assets));
    assert.doesNotMatch(rewritten, /cdn\.jsdelivr\.net\/fontsource/, "a font address localFonts does not recognise");
  });
  it("keeps its preferences (the UI language) under the key lib/cms/browser/admin.ts writes", () => {
    assert.ok(bundle.includes("sveltia-cms.prefs"), "the preferences key changed: the UI would follow the browser language");
    assert.ok(readFileSync("lib/cms/browser/admin.ts", "utf8").includes('"sveltia-cms.prefs"'));
  });
});
