/**
 * `npm run pdfs`: writes the sample PDFs of the publications into `assets/publikationen/`
 * from the sample texts below. Each one says on every page and in its metadata that it is a
 * sample, has a document title (shown in the window title: DisplayDocTitle), the language
 * German, and a structure tree (headings and paragraphs tagged, as far as pdf-lib's low-level
 * objects allow: it has no tagging API of its own). Fixed dates, so a second run writes the
 * same bytes. The PDFs are committed; the build only reads them.
 *
 * `npm run pdfs -- --fixtures` also writes the PDFs the editor-mistake catalogue needs (one
 * without a title, one above the size limit) into `tests/fixtures/`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFString, StandardFonts, rgb, type PDFFont, type PDFPage, type PDFRef } from "pdf-lib";

/** One block of a sample document. */
type Block = { h: string } | { p: string };

/** A sample document: metadata and text. */
interface Sample {
  file: string;
  title: string;
  subject: string;
  blocks: Block[];
}

const SAMPLE_NOTE = "Musterdokument: Dieser Text ist ein Beispiel für die Website und kein echtes Dokument der SEZ.";
const FIXED_DATE = new Date("2026-12-01T09:00:00Z");
const ADDRESS = "Stiftung Entwicklungs-Zusammenarbeit Baden-Württemberg (SEZ), Werastraße 24, 70182 Stuttgart";

const filler = (topic: string): Block[] => [
  { p: `An dieser Stelle stünde im echten Dokument ein Abschnitt über ${topic}. Für die Website ist er ein Platzhalter: Er zeigt, wie lang ein solcher Abschnitt sein kann, und enthält keine Angaben, auf die man sich verlassen könnte.` },
  { p: "Die SEZ berät Engagierte, bringt sie miteinander ins Gespräch und unterstützt Partnerschaften mit Menschen im Globalen Süden. Sie arbeitet mit Kommunen, Schulen, Vereinen, Kirchengemeinden und Unternehmen zusammen." },
];

const SAMPLES: Sample[] = [
  {
    file: "jahresbericht-2025-muster.pdf",
    title: "Jahresbericht 2025 (Muster)",
    subject: "Musterdokument: Jahresbericht der SEZ, Beispieltext ohne echte Zahlen",
    blocks: [
      { h: "Vorwort" },
      { p: "Dieser Jahresbericht ist ein Muster. Er zeigt, wie ein Jahresbericht der SEZ auf der Website erscheint. Zahlen, Projekte und Namen fehlen mit Absicht: Es gibt sie in diesem Beispiel nicht." },
      { h: "Unsere Themen" },
      ...filler("die Kommunale Entwicklungszusammenarbeit, den Fairen Handel und das Globale Lernen"),
      { h: "Partnerschaft mit Burundi" },
      { p: "Baden-Württemberg und Burundi sind seit dem Jahr 2014 Partner. Im echten Jahresbericht stünde hier, was in diesem Jahr in der Partnerschaft geschehen ist." },
      { h: "Kommunale Entwicklungszusammenarbeit" },
      ...filler("die Arbeit mit Kommunen"),
      { h: "Fairer Handel" },
      ...filler("Weltläden und Fairtrade-Towns"),
      { h: "Schule und Globales Lernen" },
      ...filler("Schulpartnerschaften und Fortbildungen"),
      { h: "Bürgerschaftliches Engagement" },
      ...filler("Ehrenamt und Vereine"),
      { h: "Finanzen" },
      ...filler("Einnahmen und Ausgaben der Stiftung"),
      ...filler("den Ausblick auf das nächste Jahr"),
    ],
  },
  {
    file: "broschuere-eine-welt-engagement-muster.pdf",
    title: "Eine Welt beginnt vor Ort: Engagement in Baden-Württemberg (Muster)",
    subject: "Musterdokument: Broschüre über Eine-Welt-Engagement, Beispieltext",
    blocks: [
      { h: "Mitmachen vor Ort" },
      { p: "Entwicklungszusammenarbeit beginnt nicht erst in Afrika, Asien oder Lateinamerika, sondern hier vor Ort: beim Einkauf im Weltladen, im Unterricht, im Gemeinderat." },
      ...filler("Wege, sich zu engagieren"),
      { h: "Beratung durch die SEZ" },
      ...filler("die Beratung der SEZ"),
    ],
  },
  {
    file: "leitfaden-kommunale-partnerschaften-muster.pdf",
    title: "Leitfaden: Eine kommunale Partnerschaft beginnen (Muster)",
    subject: "Musterdokument: Leitfaden zur Kommunalen Entwicklungszusammenarbeit, Beispieltext",
    blocks: [
      { h: "Was ist KEZ?" },
      { p: "Kommunale Entwicklungszusammenarbeit, kurz KEZ, ist ein Sammelbegriff für viele Initiativen und Aktivitäten: Kommunale Akteure arbeiten zusammen, damit sich die Lebensbedingungen der Menschen in Entwicklungsländern verbessern." },
      { h: "KEZ auf Verwaltungsebene" },
      { p: "Die KEZ auf Verwaltungsebene meint den Aufbau formaler Beziehungen zwischen kommunalen Entscheidungsträgern und Gremien. Grundlage ist ein Partnerschaftsvertrag, den eine Partnerschaftsurkunde formell besiegelt." },
      { h: "Erste Schritte" },
      ...filler("die ersten Schritte zu einer Partnerschaft"),
      { h: "Die Partnerschaftsurkunde" },
      ...filler("Vertrag und Urkunde"),
      { h: "Beratung" },
      ...filler("die Beratung durch die SEZ"),
    ],
  },
  {
    file: "foerderrichtlinie-muster.pdf",
    title: "Förderrichtlinie (Muster)",
    subject: "Musterdokument: Richtlinie eines Förderprogramms, Beispieltext ohne Rechtswirkung",
    blocks: [
      { h: "Zweck der Förderung" },
      { p: "Diese Richtlinie ist ein Muster ohne Rechtswirkung. Sie zeigt, wie eine Förderrichtlinie auf der Website verlinkt wird. Wer einen Antrag stellen möchte, fragt die SEZ nach den gültigen Unterlagen." },
      { h: "Wer einen Antrag stellen kann" },
      ...filler("die Antragsberechtigten"),
      { h: "Verfahren" },
      ...filler("Antrag, Frist und Entscheidung"),
    ],
  },
  {
    file: "antragsformular-muster.pdf",
    title: "Antragsformular (Muster)",
    subject: "Musterdokument: Antragsformular, Beispiel, nicht zum Einreichen",
    blocks: [
      { h: "Angaben zur antragstellenden Organisation" },
      { p: "Name der Organisation: ____________________" },
      { p: "Anschrift: ____________________" },
      { h: "Angaben zum Vorhaben" },
      { p: "Titel des Vorhabens: ____________________" },
      { p: "Beantragte Summe in Euro: ____________________" },
      { p: "Dieses Formular ist ein Muster. Bitte reichen Sie es nicht ein." },
    ],
  },
  {
    file: "die-sez-in-leichter-sprache-muster.pdf",
    title: "Die SEZ in Leichter Sprache (Muster)",
    subject: "Musterdokument: Heft in Leichter Sprache, Beispieltext",
    blocks: [
      { h: "Wer sind wir?" },
      { p: "Wir sind die SEZ. SEZ ist eine Abkürzung. Sie bedeutet: Stiftung Entwicklungs-Zusammenarbeit Baden-Württemberg. Unser Büro ist in Stuttgart." },
      { h: "Was machen wir?" },
      { p: "Viele Menschen in Baden-Württemberg wollen helfen. Sie wollen etwas für die Menschen in armen Ländern tun. Wir unterstützen diese Menschen." },
      { h: "Wichtig" },
      { p: "Dieses Heft ist ein Muster. Es zeigt, wie ein Heft in Leichter Sprache auf der Website aussieht." },
    ],
  },
];

/** Splits a text into lines that fit `width` points in `font` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes tagged text onto pages: every heading and paragraph is one structure element with its marked content. */
class TaggedWriter {
  private readonly elements: { ref: PDFRef; dict: PDFDict }[] = [];
  private readonly parentTree = new Map<number, PDFRef[]>();
  private page!: PDFPage;
  private pageIndex = -1;
  private y = 0;
  private mcid = 0;
  private readonly docRef: PDFRef;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.docRef = doc.context.nextRef();
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage([595, 842]);
    this.pageIndex++;
    this.page.node.set(PDFName.of("StructParents"), PDFNumber.of(this.pageIndex));
    this.parentTree.set(this.pageIndex, []);
    this.mcid = 0;
    this.y = 780;
    // The sample note on every page, as an artifact (not part of the reading order).
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of("Artifact")]));
    this.page.drawText(SAMPLE_NOTE, { x: 56, y: 40, size: 8, font: this.fonts.regular, color: rgb(0.6, 0, 0) });
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Writes one block as a structure element of type `tag`. */
  write(tag: "H1" | "H2" | "P", text: string): void {
    const size = tag === "H1" ? 20 : tag === "H2" ? 14 : 11;
    const font = tag === "P" ? this.fonts.regular : this.fonts.bold;
    const lines = wrap(text, font, size, 483);
    const height = lines.length * size * 1.4 + size;
    if (this.y - height < 70) this.newPage();
    const mcid = this.mcid++;
    const props = this.doc.context.obj({ MCID: mcid });
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(tag), props]));
    for (const line of lines) {
      this.page.drawText(line, { x: 56, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
      this.y -= size * 1.4;
    }
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    this.y -= size * 0.8;
    const dict = this.doc.context.obj({ Type: "StructElem", S: tag, P: this.docRef, Pg: this.page.ref, K: mcid });
    const ref = this.doc.context.register(dict);
    this.elements.push({ ref, dict });
    this.parentTree.get(this.pageIndex)!.push(ref);
  }

  /** Adds the structure tree and marks the document as tagged. */
  finish(): void {
    const { context, catalog } = this.doc;
    const rootRef = context.nextRef();
    const kids = PDFArray.withContext(context);
    for (const element of this.elements) kids.push(element.ref);
    context.assign(this.docRef, context.obj({ Type: "StructElem", S: "Document", P: rootRef, K: kids }));
    const nums = PDFArray.withContext(context);
    for (const [index, refs] of this.parentTree) {
      nums.push(PDFNumber.of(index));
      const list = PDFArray.withContext(context);
      for (const ref of refs) list.push(ref);
      nums.push(list);
    }
    context.assign(rootRef, context.obj({ Type: "StructTreeRoot", K: this.docRef, ParentTree: context.obj({ Nums: nums }), ParentTreeNextKey: this.parentTree.size }));
    catalog.set(PDFName.of("StructTreeRoot"), rootRef);
    catalog.set(PDFName.of("MarkInfo"), context.obj({ Marked: true }));
    catalog.set(PDFName.of("Lang"), PDFString.of("de-DE"));
  }
}

/** The bytes of one sample PDF; `title: false` leaves the document title out (for the catalogue's fixture). */
async function samplePdf(sample: Sample, { title = true }: { title?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  if (title) doc.setTitle(sample.title, { showInWindowTitleBar: true });
  doc.setSubject(sample.subject);
  doc.setKeywords(["Muster", "Beispiel", "SEZ"]);
  doc.setAuthor("SEZ (Musterdokument)");
  doc.setCreator("tools/make-pdfs.ts");
  doc.setProducer("pdf-lib");
  doc.setLanguage("de-DE");
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const writer = new TaggedWriter(doc, fonts);
  writer.write("H1", sample.title);
  writer.write("P", SAMPLE_NOTE);
  writer.write("P", ADDRESS);
  for (const block of sample.blocks) writer.write("h" in block ? "H2" : "P", "h" in block ? block.h : block.p);
  writer.finish();
  return doc.save({ useObjectStreams: false });
}

const out = "assets/publikationen";
mkdirSync(out, { recursive: true });
for (const sample of SAMPLES) {
  const bytes = await samplePdf(sample);
  writeFileSync(path.join(out, sample.file), bytes);
  console.log(`${out}/${sample.file}: ${bytes.byteLength} Bytes`);
}

if (process.argv.includes("--fixtures")) {
  const untitled = await samplePdf({ ...SAMPLES[1]!, file: "" }, { title: false });
  const dir = "tests/fixtures/publikation-ohne-titel/assets/publikationen";
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "broschuere-eine-welt-engagement-muster.pdf"), untitled);
  // Above the 5 MB limit: a valid PDF followed by a comment of spaces (compresses to a few kB in git).
  const large = await samplePdf(SAMPLES[0]!);
  const padding = Buffer.concat([Buffer.from("\n%"), Buffer.alloc(5.5 * 1024 * 1024, 0x20), Buffer.from("\n")]);
  const bigDir = "tests/fixtures/publikation-zu-gross/assets/publikationen";
  mkdirSync(bigDir, { recursive: true });
  writeFileSync(path.join(bigDir, "jahresbericht-2025-muster.pdf"), Buffer.concat([Buffer.from(large), padding]));
  console.log("tests/fixtures: PDF ohne Titel und PDF über der Grenze geschrieben");
}
