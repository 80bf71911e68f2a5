import assert from "node:assert/strict";
import { test } from "node:test";
import { ogRendition, openGraphTags } from "../../../lib/seo/open-graph.ts";
import { organizationJsonLd } from "../../../lib/seo/organization.ts";

const file = (width: number) => ({ url: `/img/a-${width}.jpeg`, width, height: Math.round(width * 0.66), size: 1 });

test("the shared image is the JPEG closest to 1200 px", () => {
  assert.equal(ogRendition({ jpeg: [file(320), file(960), file(1280), file(1600)] }).width, 1280);
  assert.equal(ogRendition({ jpeg: [file(320), file(640)] }).width, 640);
});

test("Open Graph tags carry an absolute image URL with size and alt text", () => {
  const tags = new Map(
    openGraphTags({
      siteName: "SEZ",
      locale: "de_DE",
      url: "https://www.sez.de/x/",
      title: "T",
      description: "D",
      image: { url: "https://www.sez.de/img/a.jpeg", width: 1280, height: 853, alt: "Marktplatz" },
    }),
  );
  assert.equal(tags.get("og:image"), "https://www.sez.de/img/a.jpeg");
  assert.equal(tags.get("og:image:width"), "1280");
  assert.equal(tags.get("og:image:alt"), "Marktplatz");
  assert.equal(tags.get("og:url"), "https://www.sez.de/x/");
  assert.equal(tags.get("og:locale"), "de_DE");
});

test("the organisation is an NGO with postal address and phone, without email", () => {
  const data = organizationJsonLd(
    { name: "Stiftung", shortName: "SEZ", url: "https://www.sez.de", description: "D", address: { street: "Werastraße 24", postalCode: "70182", city: "Stuttgart" }, phone: "+49711210290" },
    "/icon-512.png",
  );
  assert.equal(data["@type"], "NGO");
  assert.equal(data.logo, "https://www.sez.de/icon-512.png");
  assert.deepEqual(data.address, {
    "@type": "PostalAddress",
    streetAddress: "Werastraße 24",
    postalCode: "70182",
    addressLocality: "Stuttgart",
    addressRegion: "Baden-Württemberg",
    addressCountry: "DE",
  });
  assert.equal(data.telephone, "+49711210290");
  assert.ok(!JSON.stringify(data).includes("@sez.de"));
});
