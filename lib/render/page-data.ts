/** The data every layout receives from Eleventy, typed. */
import type { ColumnLayout } from "./images.ts";
import type { PageFrontMatter } from "../schemas/page.ts";

/** Eleventy's `page` object, the parts the layouts use. */
export interface EleventyPage {
  url: string;
  inputPath: string;
  fileSlug: string;
  outputPath: string | false;
}

/** What a layout gets: validated front matter, computed fields and the rendered content. */
export interface LayoutData extends Omit<PageFrontMatter, "title" | "contacts"> {
  /** Title, from front matter or (topic pages) from `_data/topics.yaml`. */
  title: string;
  /** Contact ids from front matter. */
  contacts?: string[];
  /** Slug of the topic this page presents, for pages in `src/themen/`. */
  topicSlug?: string;
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
