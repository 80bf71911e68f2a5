/**
 * Drafts (`draft: true`) are rendered in the preview (`npm start`) and skipped entirely in
 * the production build: no output file, no entry in collections, so neither sitemap nor
 * search nor navigation can list them. Topic pages below a draft topic go with it.
 * The link check (`lib/validate/links.ts`) reports links to drafts in production.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { siteData } from "../load/data.ts";
import { showDrafts } from "../load/drafts.ts";

/** What the preprocessor reads of a template's data. */
interface DraftData {
  draft?: unknown;
  page: { inputPath: string; fileSlug: string };
}

/**
 * Whether a page is left out of this run.
 *
 * @example
 * isLeftOut({ draft: true, page: { inputPath: "./src/a.md", fileSlug: "a" } }, false, new Set()) // => true
 * isLeftOut({ draft: true, page: { inputPath: "./src/a.md", fileSlug: "a" } }, true, new Set())  // => false (preview)
 */
export function isLeftOut(data: DraftData, drafts: boolean, unpublishedTopics: ReadonlySet<string>): boolean {
  if (drafts) return false;
  if (data.draft === true) return true;
  return /\/themen\/[^/]+\.md$/.test(data.page.inputPath) && unpublishedTopics.has(data.page.fileSlug);
}

/** Registers the draft filter. */
export default function draftsPlugin(eleventyConfig: UserConfig): void {
  // Returning false makes Eleventy skip the template completely (Eleventy 3 preprocessors).
  eleventyConfig.addPreprocessor("drafts", "*", (data: DraftData) => {
    const drafts = showDrafts();
    const unpublished = drafts ? new Set<string>() : new Set(Object.keys(siteData().unpublishedTopics));
    return isLeftOut(data, drafts, unpublished) ? false : undefined;
  });
}
