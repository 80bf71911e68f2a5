/** Site footer: service links and the postal address. */
import { formatPhoneDe, telUri } from "../../lib/shared/format/phone.ts";
import type { Site } from "../../lib/schemas/site.ts";
import { EmailLink } from "./email-link.tsx";

/** Renders the footer. */
export function SiteFooter({ site, url }: { site: Site; url: string }) {
  return (
    <footer class="site-footer">
      <div class="container footer-inner">
        <nav aria-label="Service">
          <ul>
            {site.footer.map((link) => (
              <li>
                <a href={link.url} aria-current={link.url === url ? "page" : undefined} lang={link.lang}>
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <address>
          <strong>{site.name}</strong>
          <br />
          {site.address.street}, {site.address.postalCode} {site.address.city}
          <br />
          <abbr title="Telefon">Tel.</abbr> <a href={telUri(site.phone)}>{formatPhoneDe(site.phone, site.phone)}</a>
          {" · "}
          <EmailLink address={site.email} />
        </address>
      </div>
    </footer>
  );
}
