/**
 * The facts of every PDF in `assets/publikationen/` by file name (size, pages, title), read
 * from the files with pdf-lib: the download links say format, size and pages. The validator
 * has refused missing, unreadable, untitled and too large files before anything renders.
 */
import { readdirSync } from "node:fs";
import { readPdf, type PdfFacts } from "../lib/load/pdf.ts";
import { PDF_DIR } from "../lib/shared/paths.ts";

async function readAll(): Promise<Record<string, PdfFacts>> {
  let names: string[] = [];
  try {
    names = readdirSync(PDF_DIR)
      .filter((name) => name.endsWith(".pdf"))
      .sort();
  } catch {
    names = [];
  }
  const facts: Record<string, PdfFacts> = {};
  for (const name of names) {
    const reading = await readPdf(process.cwd(), PDF_DIR, name);
    if ("facts" in reading) facts[name] = reading.facts;
  }
  return Object.freeze(facts);
}

// The TS data extension hands Eleventy the module's default as it is: the value, not a function.
export default await readAll();
