/** File sizes and download facts as German readers read them (BITV: every download link says format and size). */

/** A readable PDF's facts, as the build read them from the file. */
export interface PdfFacts {
  /** File size in bytes. */
  bytes: number;
  pages: number;
  /** The document title of its metadata, trimmed; undefined if it has none. */
  title: string | undefined;
}

/**
 * The size as German readers read it: kB below 1 MB, else MB with one decimal (decimal comma).
 *
 * @example
 * formatBytesDe(1_258_291) // => "1,2 MB"
 * formatBytesDe(48_300)    // => "48 kB"
 * formatBytesDe(300)       // => "1 kB"
 * formatBytesDe(5_242_880) // => "5 MB"
 */
export function formatBytesDe(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "").replace(".", ",")} MB`;
}

/**
 * The text a download link carries after its title: format, size and pages.
 *
 * @example
 * downloadFacts({ bytes: 1_258_291, pages: 24, title: "x" }) // => "PDF, 1,2 MB, 24 Seiten"
 * downloadFacts({ bytes: 48_300, pages: 1, title: "x" })     // => "PDF, 48 kB, 1 Seite"
 */
export function downloadFacts(facts: PdfFacts): string {
  return `PDF, ${formatBytesDe(facts.bytes)}, ${facts.pages} ${facts.pages === 1 ? "Seite" : "Seiten"}`;
}
