/** The sidebar: donation box and contact cards, as the page's labelled complementary landmark. */
import type { ProcessedImage } from "../../lib/render/images.ts";
import type { Contact } from "../../lib/schemas/contact.ts";
import type { Site } from "../../lib/schemas/site.ts";
import { ContactCard } from "./contact-card.tsx";
import { DonationBox } from "./donation-box.tsx";

/**
 * The landmark's name: what the sidebar holds, so a screen reader's landmark list is true.
 *
 * @example
 * sidebarLabel(true, 1) // => "Spenden und Kontakt"
 * sidebarLabel(false, 2) // => "Kontakt"
 */
export function sidebarLabel(donationBox: boolean, contactCount: number): string {
  return [donationBox ? "Spenden" : "", contactCount > 0 ? "Kontakt" : ""].filter(Boolean).join(" und ");
}

/** What the sidebar shows, from the page's data. */
export interface SidebarData {
  site: Site;
  contactsById: Record<string, Contact>;
  photos: Record<string, ProcessedImage>;
}

/** Renders the `<aside>`, or null when there is nothing to show. */
export function sidebarFor(contactIds: readonly string[], donationBox: boolean, { site, contactsById, photos }: SidebarData) {
  if (contactIds.length === 0 && !donationBox) return null;
  return (
    <aside class="sidebar" aria-label={sidebarLabel(donationBox, contactIds.length)}>
      {donationBox && <DonationBox siteUrl={site.url} />}
      {contactIds.length > 0 && (
        <section class="box contact-box" aria-labelledby="kontakt-titel">
          <h2 id="kontakt-titel">Kontakt</h2>
          {contactIds.map((id) => {
            const contact = contactsById[id]!;
            return <ContactCard contact={contact} photo={contact.photo ? photos[contact.photo] : undefined} switchboard={site.phone} />;
          })}
        </section>
      )}
    </aside>
  );
}
