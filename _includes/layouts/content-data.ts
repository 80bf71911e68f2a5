/**
 * The data of the programme and publication layouts: the cascade, the page's validated front
 * matter and what Eleventy adds (rendered Markdown, page, collections).
 */
import type { Collections } from "../../lib/render/listings.ts";
import type { EleventyPage, LayoutData, SiteCascade } from "../../lib/render/page-data.ts";

/** What a layout of a content type with front matter `FM` receives. */
export type ContentLayoutData<FM> = SiteCascade &
  FM & {
    content: string;
    page: EleventyPage;
    lastUpdated?: string | undefined;
    collections: Collections;
  };

/**
 * The data `Article` and the sidebar read, from a content type's layout data: title,
 * description (its teaser or description), hero, contacts, rendered Markdown.
 *
 * @example
 * articleData(data, { title: data.title, description: data.teaser, contacts: data.contacts })
 */
export function articleData(
  data: SiteCascade & { content: string; page: EleventyPage; lastUpdated?: string | undefined; hero?: string | undefined },
  fields: { title: string; description: string; contacts?: string[] | undefined; donationBox?: boolean },
): LayoutData {
  return {
    site: data.site,
    topicTree: data.topicTree,
    contactsById: data.contactsById,
    photos: data.photos,
    today: data.today,
    pdfs: data.pdfs,
    hero: data.hero,
    content: data.content,
    page: data.page,
    lastUpdated: data.lastUpdated,
    contentType: "",
    ...fields,
  };
}
