/**
 * What the site needs to know about a PDF, read from the file itself with pdf-lib: its size,
 * its page count and its document title. The download links say format, size and pages
 * ("PDF, 1,2 MB, 24 Seiten"), as BITV asks; a PDF without a title or too large for a phone
 * is refused by the validator (`lib/validate/publications.ts`).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import type { PdfFacts } from "../shared/format/file-size.ts";

export type { PdfFacts };

/** The largest PDF the build accepts, in bytes (the guide states it: 5 MB). */
export const PDF_LIMIT_BYTES = 5 * 1024 * 1024;

/** A PDF's facts, or why it cannot be read. */
export type PdfReading = { facts: PdfFacts } | { missing: true } | { unreadable: string };

/**
 * Reads a PDF's facts from its bytes.
 *
 * @example
 * const { facts } = await pdfFacts(bytes); // => { facts: { bytes: 2345, pages: 2, title: "Jahresbericht 2025 (Muster)" } }
 */
export async function pdfFacts(bytes: Uint8Array): Promise<{ facts: PdfFacts } | { unreadable: string }> {
  try {
    // updateMetadata: false, or pdf-lib would overwrite the producer and dates in memory.
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const title = doc.getTitle()?.trim();
    return { facts: { bytes: bytes.byteLength, pages: doc.getPageCount(), title: title ? title : undefined } };
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}

/**
 * Reads the PDF `file` in `dir` below `root`.
 *
 * @example
 * await readPdf(process.cwd(), "assets/publikationen", "fehlt.pdf") // => { missing: true }
 */
export async function readPdf(root: string, dir: string, file: string): Promise<PdfReading> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(root, dir, file));
  } catch {
    return { missing: true };
  }
  return pdfFacts(bytes);
}
