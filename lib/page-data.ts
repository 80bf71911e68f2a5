/** The data every layout receives from Eleventy, typed. */
import type { PageFrontMatter } from "./schemas/page.ts";

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
