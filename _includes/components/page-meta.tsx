/** Bottom of an article: "Letzte Aktualisierung: 11.02.2013", the address in print, and "Seite drucken | nach oben". */
import { formatDateDe, isoDateBerlin } from "../../lib/shared/format/date.ts";

/** Renders the last-update line (if known), the page's address (printout only) and the page tools. */
export function PageMeta({ updated, address }: { updated: string | undefined; address?: string | undefined }) {
  return (
    <footer class="page-meta" data-pagefind-ignore="all">
      {address && <p class="print-only">Diese Seite im Netz: {address}</p>}
      {updated && (
        <p class="updated">
          Letzte Aktualisierung: <time datetime={isoDateBerlin(updated)}>{formatDateDe(updated)}</time>
        </p>
      )}
      <p class="page-tools">
        <button type="button" class="link-button print-button" data-print hidden>
          Seite drucken
        </button>
        <span class="separator print-button" aria-hidden="true" hidden>
          {" | "}
        </span>
        <a href="#top">nach oben</a>
      </p>
    </footer>
  );
}
