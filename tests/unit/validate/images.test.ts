/**
 * Every broken-image case stops the build with a message naming file, image and fix:
 * checked by running the whole source validation on a temporary copy of the project.
 */
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import sharp from "sharp";
import type { Problem } from "../../../lib/shared/problems.ts";
import { closestImageId, IMAGE_LIMITS } from "../../../lib/validate/images.ts";
import { markdownImages } from "../../../lib/render/image-usage.ts";
import { validateSources } from "../../../lib/validate/index.ts";

const projectRoot = process.cwd();
const copies: string[] = [];

/** A fresh copy of the sources the validator reads (data, pages, photos). */
function projectCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), "sez-images-"));
  for (const dir of ["_data", "src", "assets/images", "assets/icons", "assets/publikationen"]) cpSync(path.join(projectRoot, dir), path.join(root, dir), { recursive: true });
  copies.push(root);
  return root;
}

after(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

/** Replaces text in a file of the copy; fails loudly if the text is not there. */
function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const absolute = path.join(root, file);
  const text = readFileSync(absolute, "utf8");
  const next = text.replace(from, to);
  assert.notEqual(next, text, `${file}: ${String(from)} nicht gefunden`);
  writeFileSync(absolute, next);
}

/** Adds a credit entry to `_data/images.yaml` of the copy. */
function addCredit(root: string, id: string, file: string, extra = "  alt: Ein Testbild\n  caption: Testbild\n"): void {
  appendFileSync(path.join(root, "_data/images.yaml"), `- id: ${id}\n  file: ${file}\n${extra}  credit: Test\n  license: CC0\n`);
}

/** The line of the first occurrence of `needle` in a file of the copy. */
function lineOf(root: string, file: string, needle: string): number {
  const index = readFileSync(path.join(root, file), "utf8")
    .split("\n")
    .findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} nicht in ${file}`);
  return index + 1;
}

/** The one problem about `file` (and `field`, if given); fails if there is not exactly one. */
function only(problems: readonly Problem[], file: string, field?: string): Problem {
  const matching = problems.filter((p) => p.file === file && (field === undefined || p.field === field));
  assert.equal(matching.length, 1, `erwartet genau ein Problem in ${file} ${field ?? ""}, gefunden:\n${JSON.stringify(problems, null, 2)}`);
  return matching[0]!;
}

const jpeg = (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: "#6a8" } })
    .jpeg()
    .toBuffer();

describe("image validation on a copy of the project", () => {
  test("the project as it is has no image problems and no warnings", async () => {
    const report = await validateSources(projectCopy());
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.warnings, []);
  });

  test("a Markdown image with an id that has no credit entry names file, line and a likely id", async () => {
    const root = projectCopy();
    edit(root, "src/kontakt.md", "## Anschrift", "![](bild:marktplatz-ravensbrug)\n\n## Anschrift");
    const { problems } = await validateSources(root);
    const problem = only(problems, "src/kontakt.md");
    assert.equal(problem.line, lineOf(root, "src/kontakt.md", "bild:marktplatz-ravensbrug"));
    assert.match(problem.received, /"bild:marktplatz-ravensbrug", eine Kennung ohne Eintrag im Bildnachweis/);
    assert.match(problem.fix, /Meinten Sie !\[\]\(bild:marktplatz-ravensburg\)\?/);
  });

  test("a hero id without credit entry stops the build", async () => {
    const root = projectCopy();
    edit(root, "src/themen/kommunale-entwicklungszusammenarbeit.md", "hero: marktplatz-ravensburg", "hero: unbekannt");
    const { problems } = await validateSources(root);
    const problem = only(problems, "src/themen/kommunale-entwicklungszusammenarbeit.md", "hero");
    assert.equal(problem.line, 4);
    assert.match(problem.received, /"unbekannt", das es dort nicht gibt/);
    assert.match(problem.fix, /_data\/images\.yaml/);
  });

  test("contact photos and topic images without credit entry stop the build", async () => {
    const root = projectCopy();
    edit(root, "_data/contacts.yaml", "photo: nicole-kimmel", "photo: nicole-kimel");
    edit(root, "_data/topics.yaml", "image: globales-lernen", "image: globus");
    const { problems } = await validateSources(root);
    assert.match(only(problems, "_data/contacts.yaml").received, /"nicole-kimel", das es dort nicht gibt/);
    assert.match(only(problems, "_data/topics.yaml").received, /"globus", das es dort nicht gibt/);
  });

  test("a plain Markdown image is rejected; the fix names the bild: id when the file has a credit", async () => {
    const root = projectCopy();
    edit(root, "src/kontakt.md", "## Anschrift", "![Marktplatz](/assets/images/marktplatz-ravensburg.jpg)\n\n![Logo](https://example.org/logo.png)\n\n## Anschrift");
    const problems = (await validateSources(root)).problems.filter((p) => p.file === "src/kontakt.md");
    assert.equal(problems.length, 2);
    const [local, remote] = problems;
    assert.equal(local!.line, lineOf(root, "src/kontakt.md", "/assets/images/marktplatz-ravensburg.jpg"));
    assert.match(local!.received, /"\/assets\/images\/marktplatz-ravensburg\.jpg" mit einem Dateipfad/);
    assert.match(local!.fix, /Schreiben Sie !\[\]\(bild:marktplatz-ravensburg\)/);
    assert.match(remote!.received, /einer Adresse im Internet/);
    assert.match(remote!.fix, /nichts von fremden Servern.*_data\/images\.yaml/);
  });

  test("a bild: image inside running text is rejected (only a paragraph of its own becomes a figure)", async () => {
    const root = projectCopy();
    edit(root, "src/kontakt.md", "Wir freuen uns, von Ihnen zu hören.", "Wir freuen uns ![](bild:sez-zentrale) von Ihnen zu hören.");
    const problem = only((await validateSources(root)).problems, "src/kontakt.md");
    assert.equal(problem.line, lineOf(root, "src/kontakt.md", "bild:sez-zentrale"));
    assert.match(problem.expected, /in einem eigenen Absatz/);
    assert.match(problem.fix, /eigene Zeile/);
  });

  test("an image file that does not exist names the file", async () => {
    const root = projectCopy();
    rmSync(path.join(root, "assets/images/zwei-damen-iran.jpg"));
    const problem = only((await validateSources(root)).problems, "_data/images.yaml");
    assert.equal(problem.field, "[1].file");
    assert.match(problem.received, /"zwei-damen-iran\.jpg", die es dort nicht gibt/);
    assert.match(problem.fix, /assets\/images\/zwei-damen-iran\.jpg/);
  });

  test("a missing alt text names the image and offers the decorative alternative", async () => {
    const root = projectCopy();
    edit(root, "_data/images.yaml", `  alt: "Gemaltes Bild: zwei Frauen mit rotem und blauem Kopftuch stehen nebeneinander vor einem unscharfen Torbogen"\n`, "");
    const problem = only((await validateSources(root)).problems, "_data/images.yaml");
    assert.equal(problem.field, "[1].alt");
    assert.equal(problem.received, "nichts (Feld fehlt)");
    assert.match(problem.expected, /Alternativtext.*alt: "" für reine Schmuckbilder/);
    assert.match(problem.fix, /Pflichtfeld "alt"/);
  });

  test("an alt text of only spaces is not a decorative image", async () => {
    const root = projectCopy();
    edit(root, "_data/images.yaml", 'alt: "Gemaltes Bild: zwei Frauen mit rotem und blauem Kopftuch stehen nebeneinander vor einem unscharfen Torbogen"', 'alt: "   "');
    const problem = only((await validateSources(root)).problems, "_data/images.yaml");
    assert.equal(problem.field, "[1].alt");
    assert.equal(problem.received, "nur Leerzeichen");
    assert.match(problem.fix, /"zwei-damen-iran"/);
  });

  test('a decorative image (alt: "") needs no caption', async () => {
    const root = projectCopy();
    edit(
      root,
      "_data/images.yaml",
      `  alt: "Gemaltes Bild: zwei Frauen mit rotem und blauem Kopftuch stehen nebeneinander vor einem unscharfen Torbogen"\n  caption: Zwei Damen aus dem Iran\n`,
      '  alt: ""\n',
    );
    assert.deepEqual((await validateSources(root)).problems, []);
  });

  test("a source file larger than 8 MB stops the build", async () => {
    const root = projectCopy();
    // A real JPEG header with padding behind it: as big on disk as a camera original.
    writeFileSync(path.join(root, "assets/images/riesig.jpg"), Buffer.concat([await jpeg(40, 30), Buffer.alloc(IMAGE_LIMITS.bytes + 1024)]));
    addCredit(root, "riesig", "riesig.jpg");
    const problem = only((await validateSources(root)).problems, "_data/images.yaml");
    assert.equal(problem.field, "[13].file");
    assert.equal(problem.line, lineOf(root, "_data/images.yaml", "file: riesig.jpg"));
    assert.match(problem.expected, /bis 8 MB/);
    assert.match(problem.received, /assets\/images\/riesig\.jpg mit 8 MB/);
    assert.match(problem.fix, /Verkleinern Sie das Foto "riesig"/);
  });

  test("a source image longer than 6000 pixels stops the build", async () => {
    const root = projectCopy();
    writeFileSync(path.join(root, "assets/images/panorama.jpg"), await jpeg(IMAGE_LIMITS.longSide + 1, 20));
    addCredit(root, "panorama", "panorama.jpg");
    const problem = only((await validateSources(root)).problems, "_data/images.yaml");
    assert.match(problem.expected, /höchstens 6000 Pixeln/);
    assert.match(problem.received, /panorama\.jpg mit 6001 × 20 Pixeln/);
  });

  test("a file that is no image stops the build", async () => {
    const root = projectCopy();
    writeFileSync(path.join(root, "assets/images/kaputt.jpg"), "<html>kein Bild</html>");
    addCredit(root, "kaputt", "kaputt.jpg");
    const problem = only((await validateSources(root)).problems, "_data/images.yaml");
    assert.match(problem.received, /kaputt\.jpg, die sich nicht als Bild lesen lässt/);
    assert.match(problem.fix, /"kaputt"/);
  });

  test("a credit no page uses is a warning, not a problem", async () => {
    const root = projectCopy();
    writeFileSync(path.join(root, "assets/images/ungenutzt.jpg"), await jpeg(60, 40));
    addCredit(root, "ungenutzt", "ungenutzt.jpg");
    const report = await validateSources(root);
    assert.deepEqual(report.problems, []);
    assert.equal(report.warnings.length, 1);
    const warning = report.warnings[0]!;
    assert.equal(warning.file, "_data/images.yaml");
    assert.equal(warning.line, lineOf(root, "_data/images.yaml", "id: ungenutzt"));
    assert.match(warning.received, /"ungenutzt", das keine Seite verwendet/);
    assert.match(warning.fix, /!\[\]\(bild:ungenutzt\)/);
    assert.match(warning.fix, /entfernen Sie den Eintrag und die Datei assets\/images\/ungenutzt\.jpg\.$/);
  });

  test("the unused warning does not suggest deleting a file another credit still uses", async () => {
    const root = projectCopy();
    addCredit(root, "zweitverwendung", "startseite.jpg");
    const [warning] = (await validateSources(root)).warnings;
    assert.match(warning?.fix ?? "", /entfernen Sie den Eintrag\.$/);
  });

  test("image problems are reported together with every other problem", async () => {
    const root = projectCopy();
    edit(root, "src/kontakt.md", "## Anschrift", "![](bild:gibt-es-nicht)\n\n## Anschrift");
    edit(root, "src/spenden.md", "## Was Ihre Spende bewirkt", "![](/bild.jpg)\n\n## Was Ihre Spende bewirkt");
    edit(root, "src/impressum.md", "title: Impressum", "titel: Impressum");
    const files = (await validateSources(root)).problems.map((p) => p.file);
    assert.deepEqual([...new Set(files)].sort(), ["src/impressum.md", "src/kontakt.md", "src/spenden.md"]);
  });
});

describe("markdownImages", () => {
  test("finds every image with its file line, and whether it stands alone", () => {
    const body = ["Text", "", "![](bild:a)", "", "Zeile eins", "und ![x](bild:b) mitten", "", "- ![](bild:c)", "", "```", "![](bild:code)", "```"].join("\n");
    assert.deepEqual(markdownImages(body, 7), [
      { src: "bild:a", line: 9, standalone: true },
      { src: "bild:b", line: 12, standalone: false },
      { src: "bild:c", line: 14, standalone: true },
    ]);
  });

  test("an image inside a link is not a figure", () => {
    assert.deepEqual(markdownImages("[![](bild:a)](/kontakt/)", 1), [{ src: "bild:a", line: 1, standalone: false }]);
  });
});

describe("closestImageId", () => {
  test("suggests a close id and nothing for an unrelated one", () => {
    const ids = ["marktplatz-ravensburg", "nicole-kimmel"];
    assert.equal(closestImageId("marktplatz-ravensbrug", ids), "marktplatz-ravensburg");
    assert.equal(closestImageId("logo", ids), undefined);
  });
});
