/** A download link that says format, size and pages, as BITV asks: "Förderrichtlinie (Muster) (PDF, 5 kB, 2 Seiten)". */
import type { PdfFacts } from "../../lib/shared/format/file-size.ts";
import { downloadFacts } from "../../lib/shared/format/file-size.ts";
import { PDF_URL_DIR } from "../../lib/shared/paths.ts";

/** Renders the link; a draft whose PDF is not there yet says so instead. */
export function DownloadLink({ title, file, facts, lang }: { title: string; file: string; facts: PdfFacts | undefined; lang?: string | undefined }) {
  if (!facts) return <span class="download-missing">{title} (PDF fehlt noch)</span>;
  return (
    <a class="download" href={`${PDF_URL_DIR}/${file}`} hreflang={lang && lang !== "de" ? lang : undefined} type="application/pdf">
      {title} <span class="download-facts">({downloadFacts(facts)})</span>
    </a>
  );
}
