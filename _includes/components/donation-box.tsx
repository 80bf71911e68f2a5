/** The "Spenden/Zustiftungen" box of the sidebar; the printout names the donation page's address. */
import { printedAddress } from "../../lib/render/print.ts";

/** Renders the box; `siteUrl` is the site's origin, for the printed address. */
export function DonationBox({ siteUrl }: { siteUrl: string }) {
  return (
    <section class="box donation-box" aria-labelledby="spenden-titel" data-pagefind-ignore="all">
      {/* A break opportunity after the slash: at 320 px the word would otherwise split mid-word. */}
      <h2 id="spenden-titel">
        Spenden/
        <wbr />
        Zustiftungen
      </h2>
      <p>Mit einer Spende oder Zustiftung stärken Sie Eine-Welt-Engagement in Baden-Württemberg auf Dauer.</p>
      <p>
        <a class="button" href="/spenden/">
          So können Sie helfen
        </a>
      </p>
      <p class="print-only">Im Netz: {printedAddress(siteUrl, "/spenden/")}</p>
    </section>
  );
}
