import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { ImageSchema, ImagesFileSchema, isStandIn } from "../../../lib/schemas/image.ts";
import { problemsFromZod } from "../../../lib/validate/zod-problems.ts";

const base = { id: "marktplatz", file: "marktplatz.jpg", alt: "Gemaltes Bild: ein Marktplatz", caption: "Marktplatz" };

/** The fields the problems of an entry name. */
function problemFields(entry: unknown): string[] {
  const result = ImageSchema.safeParse(entry);
  return result.success ? [] : problemsFromZod(result.error, ImageSchema, entry, "_data/images.yaml").map((p) => p.field ?? "");
}

describe("stand-in pictures", () => {
  it("accept a stand-in with or without the original photo's credit", () => {
    assert.deepEqual(problemFields({ ...base, standIn: true, originalCredit: "H. Wollensak" }), []);
    assert.deepEqual(problemFields({ ...base, standIn: true }), []);
  });
  it("refuse a rights notice or an unmarked credit on a stand-in", () => {
    assert.deepEqual(problemFields({ ...base, standIn: true, originalCredit: "SEZ", license: "Alle Rechte vorbehalten" }), ["license"]);
    assert.deepEqual(problemFields({ ...base, standIn: true, credit: "SEZ", source: "Archiv der SEZ" }), ["credit", "source"]);
    const result = ImageSchema.safeParse({ ...base, standIn: true, credit: "SEZ" });
    assert.equal(result.success, false);
    const [problem] = problemsFromZod(result.error!, ImageSchema, {}, "_data/images.yaml");
    assert.match(problem!.fix, /originalCredit/);
  });
  it("still require credit and licence of a real photo", () => {
    assert.deepEqual(problemFields(base), ["credit", "license"]);
    assert.deepEqual(problemFields({ ...base, credit: "H. Wollensak", license: "CC BY 4.0" }), []);
  });
  it("refuse an original credit on a photo", () => {
    assert.equal(ImageSchema.safeParse({ ...base, originalCredit: "SEZ" }).success, false);
  });
  it("the site's credits file: every painted picture is marked, and none carries a rights notice", () => {
    const entries = ImagesFileSchema.parse(parse(readFileSync("_data/images.yaml", "utf8")));
    // tools/make-photos.ts paints every picture in assets/images/.
    const painted = new Set([...readFileSync("tools/make-photos.ts", "utf8").matchAll(/file: '([^']+)'/g)].map((m) => m[1]));
    for (const entry of entries) {
      if (!painted.has(entry.file)) continue;
      assert.ok(isStandIn(entry), `${entry.id} is painted by tools/make-photos.ts but not marked standIn:`);
      assert.equal(entry.credit ?? entry.license ?? entry.source, undefined, entry.id);
      assert.doesNotMatch(entry.alt, /^Porträt von|^Foto/, entry.id);
    }
  });
});
