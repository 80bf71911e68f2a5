/** The sidebar: donation box and contact cards. */
import { siteData } from "../../lib/data.ts";
import { ContactCard } from "./contact-card.tsx";
import { DonationBox } from "./donation-box.tsx";

/** Renders the sidebar content, or null when there is nothing to show. */
export function sidebarFor(contactIds: readonly string[], donationBox: boolean) {
  const { contacts, site } = siteData();
  if (contactIds.length === 0 && !donationBox) return null;
  return (
    <>
      {donationBox && <DonationBox />}
      {contactIds.length > 0 && (
        <section class="box contact-box" aria-labelledby="kontakt-titel">
          <h2 id="kontakt-titel">Kontakt</h2>
          {contactIds.map((id) => (
            <ContactCard contact={contacts[id]!} switchboard={site.phone} />
          ))}
        </section>
      )}
    </>
  );
}
