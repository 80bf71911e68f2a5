/** Schema of `_data/site.yaml`: the one site configuration every page and feed reads. */
import { z } from "zod";
import { Email, InternalUrl, Line, PhoneE164 } from "./common.ts";

/** A link in navigation or footer. */
export const LinkSchema = z.strictObject({
  /** Visible link text. */
  title: Line,
  /** Target inside the site. */
  url: InternalUrl,
  /** Language of the link text, if it is not German (e.g. `de-x-ls` is not valid: use `de`). */
  lang: z.string().optional().describe("ein Sprachcode wie en"),
});

/** The site configuration. */
export const SiteSchema = z.strictObject({
  /** Full name of the organisation. */
  name: Line,
  /** Short name, shown as logo text. */
  shortName: Line,
  /** Public origin without trailing slash, for canonical URLs and the sitemap. */
  url: z.url().regex(/[^/]$/).describe("die öffentliche Adresse ohne / am Ende, z. B. https://www.sez.de"),
  /** Language of the site. */
  lang: z.literal("de"),
  /** Open Graph locale. */
  locale: z.literal("de_DE"),
  /** Time zone for every shown date. */
  timeZone: z.literal("Europe/Berlin"),
  /** Default meta description. */
  description: z.string().min(50).max(200),
  /** Postal address. */
  address: z.strictObject({ street: Line, postalCode: z.string().regex(/^\d{5}$/), city: Line }),
  /** Switchboard number; extensions of contacts are shown after a hyphen. */
  phone: PhoneE164,
  /** General email address. */
  email: Email,
  /** Main navigation. */
  nav: z.array(LinkSchema).min(1),
  /** Footer links. */
  footer: z.array(LinkSchema).min(1),
});

/** A validated site configuration. */
export type Site = z.infer<typeof SiteSchema>;
/** A validated link. */
export type SiteLink = z.infer<typeof LinkSchema>;
