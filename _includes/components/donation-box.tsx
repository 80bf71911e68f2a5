/** The "Spenden/Zustiftungen" box of the sidebar; the printout names the donation page's address. */
import { printedAddress } from "../../lib/render/print.ts";

/** The appeal and the link to the donation page: the same words in the sidebar box and on the front page. */
export function DonationPitch() {
  return (
    <>
      <p>Mit einer Spende oder Zustiftung stärken Sie Eine-Welt-Engagement in Baden-Württemberg auf Dauer.</p>
      <p>
        <a class="button" href="/spenden/">
          So können Sie helfen
        </a>
      </p>
    </>
  );
}

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
      <DonationPitch />
      <p class="print-only">Im Netz: {printedAddress(siteUrl, "/spenden/")}</p>
    </section>
  );
}
