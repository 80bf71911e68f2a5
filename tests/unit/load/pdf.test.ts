import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { describe, it } from "node:test";
import { PDFDocument, PDFName } from "pdf-lib";
import { pdfFacts, readPdf } from "../../../lib/load/pdf.ts";
import { downloadFacts, formatBytesDe } from "../../../lib/shared/format/file-size.ts";

describe("reading a PDF's facts", () => {
  it("reads size, page count and title of a sample PDF from the file", async () => {
    const file = "assets/publikationen/jahresbericht-2025-muster.pdf";
    const reading = await readPdf(process.cwd(), "assets/publikationen", "jahresbericht-2025-muster.pdf");
    assert.ok("facts" in reading);
    assert.equal(reading.facts.bytes, statSync(file).size);
    assert.equal(reading.facts.title, "Jahresbericht 2025 (Muster)");
    assert.equal(reading.facts.pages, (await PDFDocument.load(readFileSync(file))).getPageCount());
  });
  it("counts pages and reports a missing title", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.addPage();
    doc.addPage();
    const reading = await pdfFacts(await doc.save());
    assert.ok("facts" in reading);
    assert.equal(reading.facts.pages, 3);
    assert.equal(reading.facts.title, undefined);
  });
  it("tells a missing file from an unreadable one", async () => {
    assert.deepEqual(await readPdf(process.cwd(), "assets/publikationen", "gibt-es-nicht.pdf"), { missing: true });
    assert.ok("unreadable" in (await pdfFacts(new TextEncoder().encode("Das ist kein PDF."))));
  });
  it("every sample PDF says it is a sample in its metadata and is tagged", async () => {
    for (const name of ["jahresbericht-2025-muster.pdf", "antragsformular-muster.pdf", "die-sez-in-leichter-sprache-muster.pdf"]) {
      const doc = await PDFDocument.load(readFileSync(`assets/publikationen/${name}`), { updateMetadata: false });
      assert.match(doc.getTitle() ?? "", /\(Muster\)$/, name);
      assert.match(doc.getSubject() ?? "", /^Musterdokument/, name);
      assert.ok(doc.catalog.has(PDFName.of("StructTreeRoot")), `${name} has a structure tree`);
      assert.ok(doc.catalog.has(PDFName.of("MarkInfo")), `${name} is marked as tagged`);
    }
  });
});

describe("download facts as the links say them", () => {
  it("writes sizes with a decimal comma and pages in German", () => {
    assert.equal(formatBytesDe(1_258_291), "1,2 MB");
    assert.equal(formatBytesDe(5_530), "5 kB");
    assert.equal(formatBytesDe(5 * 1024 * 1024), "5 MB");
    assert.equal(downloadFacts({ bytes: 1_258_291, pages: 24, title: "x" }), "PDF, 1,2 MB, 24 Seiten");
    assert.equal(downloadFacts({ bytes: 4_080, pages: 1, title: "x" }), "PDF, 4 kB, 1 Seite");
  });
});

describe("the PDF limit", () => {
  it("is the one the editors' guide states", async () => {
    const { PDF_LIMIT_BYTES } = await import("../../../lib/load/pdf.ts");
    assert.ok(readFileSync("docs/redaktion.md", "utf8").includes(`höchstens ${formatBytesDe(PDF_LIMIT_BYTES)}`), `docs/redaktion.md nennt die Grenze ${formatBytesDe(PDF_LIMIT_BYTES)}`);
  });
});
