import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import type { ImageCredit } from "../../../lib/schemas/image.ts";
import { checkPlaceholders, lineOf, placeholderNote } from "../../../lib/validate/placeholders.ts";

const images: Record<string, ImageCredit> = {
  foto: { id: "foto", file: "foto.jpg", alt: "Ein Foto", credit: "SEZ", license: "CC BY 4.0" },
  markt: { id: "markt", file: "markt.jpg", alt: "Gemalt", standIn: true, originalCredit: "H. Wollensak" },
};
const pages = [
  { file: "src/beispiel.md", published: true, frontMatter: { sample: true } },
  { file: "src/echt.md", published: true, frontMatter: {} },
  { file: "src/entwurf.md", published: false, frontMatter: { sample: true } },
];

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), "sez-platzhalter-"));
  mkdirSync(path.join(root, "_data"));
  mkdirSync(path.join(root, "src"));
  writeFileSync(path.join(root, "_data/images.yaml"), "- id: foto\n  file: foto.jpg\n- id: markt\n  file: markt.jpg\n  standIn: true\n  originalCredit: H. Wollensak\n");
  writeFileSync(path.join(root, "src/beispiel.md"), "---\ndescription: x\nsample: true\n---\nText\n");
  return root;
}

describe("placeholders", () => {
  it("count stand-ins and published samples, and only note them by default", () => {
    const report = checkPlaceholders(project(), images, pages, false);
    assert.deepEqual(report.standIns, ["markt"]);
    assert.deepEqual(report.samples, ["src/beispiel.md"]);
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.notes, [placeholderNote(1, 1)]);
  });
  it("refuse each one with file, line and fix when asked to", () => {
    const report = checkPlaceholders(project(), images, pages, true);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.field]),
      [
        ["_data/images.yaml", 5, "markt.standIn"],
        ["src/beispiel.md", 3, "sample"],
      ],
    );
    assert.match(report.problems[0]!.fix, /löschen Sie standIn:/);
  });
  it("say nothing when nothing is left", () => {
    assert.deepEqual(checkPlaceholders(project(), { foto: images.foto! }, [], true), { standIns: [], samples: [], problems: [], notes: [] });
    assert.equal(placeholderNote(0, 0), undefined);
    assert.match(placeholderNote(1, 0)!, /: 1 gemaltes Bild statt Fotos, 0 Beispieltexte /);
  });
  it("find lines after an anchor line", () => {
    assert.equal(lineOf("- id: a\n  standIn: true\n- id: b\n  standIn: true\n", /^\s*standIn:/, /^- id: b$/), 4);
    assert.equal(lineOf("a\n", /^b/), undefined);
  });
});
