/** The contact card in the sidebar: photo, name, role, phone, fax and protected email. */
import { formatPhoneDe, telUri } from "../../lib/shared/format/phone.ts";
import type { ProcessedImage } from "../../lib/render/images.ts";
import type { Contact } from "../../lib/schemas/contact.ts";
import { EmailLink } from "./email-link.tsx";
import { Picture } from "./picture.tsx";

/** Renders one contact with its photo. `switchboard` makes extensions show as "-40". */
export function ContactCard({ contact, photo, switchboard }: { contact: Contact; photo?: ProcessedImage | undefined; switchboard: string }) {
  return (
    <div class="contact-card" data-pagefind-ignore="all">
      {photo && <Picture image={photo} preset="contact" class="contact-photo" />}
      <p class="contact-name">{contact.name}</p>
      <p class="contact-role">{contact.role}</p>
      <dl class="contact-lines">
        {contact.phone && (
          <div>
            <dt>
              <abbr title="Telefon">Tel.</abbr>
            </dt>
            <dd>
              <a href={telUri(contact.phone)}>{formatPhoneDe(contact.phone, switchboard)}</a>
            </dd>
          </div>
        )}
        {contact.fax && (
          <div>
            <dt>Fax</dt>
            <dd>{formatPhoneDe(contact.fax, switchboard)}</dd>
          </div>
        )}
        <div>
          <dt>E-Mail</dt>
          <dd>
            <EmailLink address={contact.email} />
          </dd>
        </div>
      </dl>
    </div>
  );
}
