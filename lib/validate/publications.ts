/**
 * The PDFs of the publications: each published publication's file must exist in
 * `assets/publikationen/`, be readable as a PDF, carry a document title (screen readers read
 * it out, BITV asks for it) and stay within {@link PDF_LIMIT_BYTES} (the guide states the
 * limit). Drafts may wait for their file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PDF_LIMIT_BYTES, readPdf } from "../load/pdf.ts";
import { formatBytesDe } from "../shared/format/file-size.ts";
import type { Problem } from "../shared/problems.ts";
import { PDF_DIR, type PublicationFrontMatter } from "../schemas/publication.ts";
import type { ValidPage } from "./pages.ts";

/** The 1-based line of the `file:` field in a page's front matter. */
function fileLine(root: string, file: string): number | undefined {
  const index = readFileSync(path.join(root, file), "utf8")
    .split("\n")
    .findIndex((line) => /^file\s*:/.test(line));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * Problems of the publications' PDFs.
 *
 * @example
 * await publicationProblems(process.cwd(), pages) // => [] when every PDF is there, titled and small enough
 */
export async function publicationProblems(root: string, pages: readonly ValidPage[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const limit = formatBytesDe(PDF_LIMIT_BYTES);
  for (const page of pages) {
    if (page.type !== "publication" || page.draft) continue;
    const name = (page.frontMatter as unknown as PublicationFrontMatter).file;
    const at = { file: page.file, line: fileLine(root, page.file), field: "file" };
    const reading = await readPdf(root, PDF_DIR, name);
    if ("missing" in reading) {
      problems.push({
        ...at,
        expected: `eine PDF-Datei im Ordner ${PDF_DIR}/`,
        received: `"${name}", die es dort nicht gibt`,
        fix: `Legen Sie die Datei ${PDF_DIR}/${name} ab oder korrigieren Sie den Dateinamen (Groß-/Kleinschreibung beachten).`,
      });
    } else if ("unreadable" in reading) {
      problems.push({
        ...at,
        expected: "eine PDF-Datei, die sich öffnen lässt",
        received: `"${name}", die sich nicht als PDF lesen lässt (${reading.unreadable})`,
        fix: "Exportieren Sie das Dokument neu als PDF (in Word oder LibreOffice: Speichern unter … PDF) und legen Sie die neue Datei ab.",
      });
    } else if (reading.facts.bytes > PDF_LIMIT_BYTES) {
      problems.push({
        ...at,
        expected: `ein PDF mit höchstens ${limit}, damit es auch unterwegs auf dem Handy lädt`,
        received: `"${name}" mit ${formatBytesDe(reading.facts.bytes)}`,
        fix: "Verkleinern Sie das PDF (beim Export die Bilder auf 150 dpi verringern) oder teilen Sie es in mehrere Dokumente.",
      });
    } else if (!reading.facts.title) {
      problems.push({
        ...at,
        expected: "ein PDF mit Dokumenttitel in den Dokumenteigenschaften (Screenreader lesen ihn vor)",
        received: `"${name}" ohne Dokumenttitel`,
        fix: "Tragen Sie den Titel in den Dokumenteigenschaften ein (Word: Datei › Informationen › Titel; LibreOffice: Datei › Eigenschaften › Beschreibung) und exportieren Sie das PDF neu.",
      });
    }
  }
  return problems;
}
