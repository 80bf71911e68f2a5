/** schema.org data about the SEZ for search engines (JSON-LD on the start page). */
import type { Site } from "../schemas/site.ts";

/**
 * The organisation as a schema.org `NGO` (a non-governmental organisation, a kind of
 * `Organization`): name, address, phone, logo. No email address: the site never prints one
 * in plain text (harvesters read JSON-LD too).
 *
 * @example
 * organizationJsonLd(site)["@type"] // => "NGO"
 */
export function organizationJsonLd(site: Pick<Site, "name" | "shortName" | "url" | "description" | "address" | "phone">, logoPath: string) {
  return {
    "@context": "https://schema.org",
    "@type": "NGO",
    "@id": `${site.url}/#organisation`,
    name: site.name,
    alternateName: site.shortName,
    description: site.description,
    url: `${site.url}/`,
    logo: `${site.url}${logoPath}`,
    telephone: site.phone,
    address: {
      "@type": "PostalAddress",
      streetAddress: site.address.street,
      postalCode: site.address.postalCode,
      addressLocality: site.address.city,
      addressRegion: "Baden-Württemberg",
      addressCountry: "DE",
    },
  };
}
