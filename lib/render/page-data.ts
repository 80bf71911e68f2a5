/**
 * The data every layout receives from Eleventy, typed: the page's front matter and what the
 * content plugin computed for it, and the site data of the cascade (`_data/*.ts`, the photos
 * from the image pipeline). Layouts and components read nothing else.
 */
import type { TopicTree } from "../content/topic-tree.ts";
import type { Contact } from "../schemas/contact.ts";
import type { PageFrontMatter } from "../schemas/page.ts";
import type { Site } from "../schemas/site.ts";
import type { PdfFacts } from "../shared/format/file-size.ts";
import type { ColumnLayout, ProcessedImage } from "./images.ts";

/** The site data of the cascade, the same for every page. */
export interface SiteCascade {
  /** `_data/site.yaml`. */
  site: Site;
  /** The published topic tree (`_data/topics.yaml`; in the preview every topic). */
  topicTree: TopicTree;
  /** `_data/contacts.yaml` by id (not `contacts`: that is the front matter's list of ids). */
  contactsById: Record<string, Contact>;
  /** Every photo of `_data/images.yaml`, encoded, by id. */
  photos: Record<string, ProcessedImage>;
  /** Today in Europe/Berlin, `JJJJ-MM-TT` (the content plugin: `runMode().today`). */
  today: string;
  /** Size, pages and title of every PDF in `assets/publikationen/`, by file name (`_data/pdfs.ts`). */
  pdfs: Record<string, PdfFacts>;
}

/** Eleventy's `page` object, the parts the layouts use. */
export interface EleventyPage {
  url: string;
  inputPath: string;
  fileSlug: string;
  outputPath: string | false;
}

/** What a layout gets: validated front matter, computed fields and the rendered content. */
export interface LayoutData extends Omit<PageFrontMatter, "title" | "contacts">, SiteCascade {
  /** Title, from front matter or (topic pages) from `_data/topics.yaml`. */
  title: string;
  /** Contact ids from front matter. */
  contacts?: string[];
  /** Slug of the topic this page presents, for pages in `src/themen/`. */
  topicSlug?: string;
  /** Id of the page's content type (`lib/content/`). */
  contentType: string;
  /** Date of the last editorial change: `updated`, or the file's last commit. */
  lastUpdated?: string | undefined;
  /** Rendered Markdown. */
  content: string;
  page: EleventyPage;
}

/**
 * Contact ids of a page.
 *
 * @example
 * contactIds({ contacts: ["nicole-kimmel"] }) // => ["nicole-kimmel"]
 * contactIds({}) // => []
 */
export function contactIds(data: Pick<LayoutData, "contacts">): string[] {
  return data.contacts ?? [];
}

/**
 * Whether a page has the sidebar next to its main column, by the rule the layouts follow
 * (`sidebarFor`): contacts or the donation box (shown unless `donationBox: false`).
 * Photos in the main column are sized by it.
 *
 * @example
 * columnLayout({ donationBox: false })                                  // => "single"
 * columnLayout({ donationBox: false, contacts: ["nicole-kimmel"] })     // => "sidebar"
 */
export function columnLayout(data: Pick<LayoutData, "contacts" | "donationBox">): ColumnLayout {
  return contactIds(data).length > 0 || (data.donationBox ?? true) ? "sidebar" : "single";
}

/**
 * {@link columnLayout} for data of unknown shape, such as the `env` markdown-it hands to
 * renderers (Eleventy passes the page's data there).
 *
 * @example
 * columnLayoutOfUnknown({ donationBox: false, contacts: [] }) // => "single"
 * columnLayoutOfUnknown(undefined)                            // => "sidebar"
 */
export function columnLayoutOfUnknown(data: unknown): ColumnLayout {
  const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  const contacts = Array.isArray(record.contacts) ? record.contacts.filter((c): c is string => typeof c === "string") : undefined;
  const donationBox = typeof record.donationBox === "boolean" ? record.donationBox : undefined;
  return columnLayout({ contacts, donationBox });
}

/**
 * The photo a shared link to the page shows: its hero, else the site's default photo.
 *
 * @example
 * shareImage({ hero: "startseite", photos, site }).credit.id // => "startseite"
 */
export function shareImage(data: Pick<LayoutData, "hero" | "photos" | "site">): ProcessedImage {
  return data.photos[data.hero ?? data.site.ogImage]!;
}
