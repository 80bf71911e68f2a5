import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { importGraph, importsOf, layerOf, layeringViolations, moduleMap } from "../../../lib/check/layering.ts";

describe("layering", () => {
  it("holds for the whole tree", () => {
    assert.deepEqual(layeringViolations(importGraph(process.cwd())), []);
  });
  it("fails when a layout imports the loader", () => {
    const edges = importsOf("_includes/layouts/x.11ty.tsx", 'import { siteData } from "../../lib/load/data.ts";\n');
    assert.match(layeringViolations(edges)[0]!, /^_includes\/layouts\/x\.11ty\.tsx:1 imports lib\/load\/data\.ts: _includes may import only/);
  });
  it("fails when a page template imports the validator", () => {
    assert.equal(layeringViolations(importsOf("src/x.11ty.tsx", 'import { validatePages } from "../lib/validate/pages.ts";')).length, 1);
  });
  it("fails when browser code imports build code", () => {
    assert.equal(layeringViolations(importsOf("assets/js/x.ts", 'import { processPages } from "../../lib/build/process-pages.ts";')).length, 1);
    assert.equal(layeringViolations(importsOf("assets/js/x.ts", 'import { TOPIC_FIELD } from "../../lib/search/metadata.ts";')).length, 1);
  });
  it("fails when a schema imports anything but shared helpers", () => {
    assert.equal(layeringViolations(importsOf("lib/schemas/x.ts", 'import { loadSiteData } from "../load/data.ts";')).length, 1);
    assert.equal(layeringViolations(importsOf("lib/schemas/x.ts", 'import { plainDate } from "../shared/format/date.ts";')).length, 0);
  });
  it("lets type-only imports through and reads dynamic imports", () => {
    assert.deepEqual(importsOf("src/x.tsx", 'import type { SiteData } from "../lib/load/data.ts";'), []);
    assert.deepEqual(
      importsOf("lib/a/b.ts", 'const m = await import("../c/d.ts");').map((e) => e.to),
      ["lib/c/d.ts"],
    );
  });
  it("knows each file's layer by its folder", () => {
    assert.equal(layerOf("lib/render/markdown.ts"), "lib/render");
    assert.equal(layerOf("scripts/build.ts"), undefined);
  });
  it("is the module map ARCHITECTURE.md opens with", () => {
    assert.ok(readFileSync("ARCHITECTURE.md", "utf8").includes(moduleMap()), "ARCHITECTURE.md: den Abschnitt 'Module map' mit moduleMap() aus lib/check/layering.ts neu schreiben");
  });
});
