/** Schema of `_data/site.yaml`: the one site configuration every page and feed reads. */
import { z } from "zod";
import { Email, InternalUrl, Line, PhoneE164, Slug } from "./common.ts";

/** A link in navigation or footer. */
export const LinkSchema = z.strictObject({
  /** Visible link text. */
  title: Line,
  /** Target inside the site. */
  url: InternalUrl,
  /** Language of the link text, if it is not German (e.g. `de-x-ls` is not valid: use `de`). */
  lang: z.string().optional().describe("ein Sprachcode wie en"),
});

/** An old address of the previous website and the page it now leads to (301). */
export const RedirectSchema = z
  .strictObject({
    /** Old path; `/*` at the end covers everything below; `?id=42` matches a query (Netlify). */
    from: z
      .string()
      .regex(/^\/[^\s?*]*(?:\/\*)?(?:\?[^\s=&]+=[^\s=&]+(?:&[^\s=&]+=[^\s=&]+)*)?$/)
      .describe("eine alte Adresse, beginnend mit /, z. B. /themen/alter-name/ oder /themen/alter-name/* oder /index.php?id=42"),
    /** New page; `:splat` at the end repeats what `/*` matched. */
    to: z
      .string()
      .regex(/^\/[^\s?#*]*(?::splat)?$/)
      .describe("eine Adresse dieser Website, beginnend mit /, z. B. /themen/neuer-name/ (nach /* auch /themen/neuer-name/:splat)"),
  })
  .refine((r) => r.to.endsWith(":splat") === r.from.split("?")[0]!.endsWith("/*"), {
    message: '":splat" am Ende von to genau dann, wenn from auf /* endet',
    params: { fix: "Endet from auf /*, muss to auf /:splat enden (z. B. /themen/neu/:splat); sonst lassen Sie :splat weg." },
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
  /** Colour of the browser bar and the app icon background (web manifest, `theme-color`). */
  themeColor: z
    .string()
    .regex(/^#[0-9a-f]{6}$/)
    .describe("eine Farbe als #rrggbb in Kleinbuchstaben, z. B. #005e55"),
  /** Square SVG the favicons and app icons are made from, relative to the project folder. */
  icon: z
    .string()
    .regex(/^assets\/[a-z0-9/_-]+\.svg$/)
    .describe("der Pfad einer SVG-Datei im Ordner assets/, z. B. assets/icons/sez.svg"),
  /** Photo shown when a page is shared and has no hero photo (id from `_data/images.yaml`). */
  ogImage: Slug.describe("die Kennung eines Fotos aus _data/images.yaml, z. B. startseite"),
  /** Old addresses of the previous website and where they lead now. */
  redirects: z.array(RedirectSchema).default([]),
});

/** A validated site configuration. */
export type Site = z.infer<typeof SiteSchema>;
/** A validated redirect. */
export type SiteRedirect = z.infer<typeof RedirectSchema>;
/** A validated link. */
export type SiteLink = z.infer<typeof LinkSchema>;
